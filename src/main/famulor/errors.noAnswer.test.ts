import { describe, expect, it } from 'vitest';
import type { AppFailure } from '../../shared/result';
import { rejectionOf, scriptedFetch, testClient } from '../testing/famulorClientTestKit';

// Failures without an answer from Famulor: the network, a missing key, the keychain. (Famulor's own error
// answers are errors.test.ts.)
const NO_RETRY = { maxRetries: 0, baseDelayMs: 500, maxDelayMs: 8_000, maxRetryAfterMs: 60_000 };

describe('failures before any answer', () => {
  it('reports a network failure with its cause', async () => {
    const cause = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' });
    const { fetch } = scriptedFetch(() => {
      throw new TypeError('fetch failed', { cause });
    });
    const { client } = testClient({ fetch, retry: NO_RETRY });
    const error = ((await rejectionOf(client.getAccount())) as AppFailure).error;
    expect(error).toMatchObject({
      code: 'network',
      reason: 'connection_refused',
      details: 'fetch failed: ECONNREFUSED connect ECONNREFUSED 127.0.0.1:9',
    });
    expect(error.status).toBeUndefined();
  });

  it('refuses without any request when no key is set', async () => {
    const { fetch, calls } = scriptedFetch();
    const { client, recorder } = testClient({ fetch, getApiKey: async () => null });
    const error = ((await rejectionOf(client.getAccount())) as AppFailure).error;
    expect(error).toEqual({
      code: 'unauthorized',
      reason: 'no_key',
    });
    expect(calls).toHaveLength(0);
    expect(recorder.list()).toHaveLength(0);
  });

  it('turns a keychain failure into a keychain error', async () => {
    const { fetch, calls } = scriptedFetch();
    const { client } = testClient({
      fetch,
      getApiKey: async () => {
        throw new Error('libsecret unavailable');
      },
    });
    const error = ((await rejectionOf(client.getAccount())) as AppFailure).error;
    expect(error.code).toBe('keychain');
    expect(calls).toHaveLength(0);
  });
});
