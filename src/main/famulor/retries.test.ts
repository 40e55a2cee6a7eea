import { describe, expect, it } from 'vitest';
import type { AppFailure } from '../../shared/result';
import {
  jsonResponse,
  rejectionOf,
  scriptedFetch,
  testClient,
  textResponse,
  GENERATED_REPLY,
} from '../testing/famulorClientTestKit';

const ACCOUNT = { name: 'Ada', email: 'ada@example.com', total_balance: 12.5 };
const REPLY = { status: true, message: 'Hello', function_calls: [] };

const networkDown = () => {
  throw new TypeError('fetch failed');
};

const codeOf = async (promise: Promise<unknown>) => ((await rejectionOf(promise)) as AppFailure).error;

describe('automatic retries', () => {
  it('retries a GET on 5xx and network failures with growing backoff', async () => {
    const { fetch, calls } = scriptedFetch(
      textResponse(502, 'bad gateway'),
      networkDown,
      jsonResponse(503, {}),
      jsonResponse(200, ACCOUNT),
    );
    const retryWaits: [number, number][] = [];
    const { client, sleeps, recorder } = testClient({ fetch });
    const account = await client.getAccount({ onRetryWait: (ms, retry) => retryWaits.push([ms, retry]) });
    expect(account).toEqual({ name: 'Ada', email: 'ada@example.com', totalBalance: 12.5 });
    expect(calls).toHaveLength(4);
    // random() is 1 in testClient, so each wait is the top of its full-jitter window.
    expect(sleeps).toEqual([500, 1_000, 2_000]);
    expect(retryWaits).toEqual([
      [500, 1],
      [1_000, 2],
      [2_000, 3],
    ]);
    expect(
      recorder.list().map((exchange) => [exchange.attempt, exchange.status, exchange.errorCode]),
    ).toEqual([
      [1, 502, 'server'],
      [2, null, 'network'],
      [3, 503, 'server'],
      [4, 200, null],
    ]);
  });

  it('uses no delay when random gives 0', async () => {
    const { fetch } = scriptedFetch(jsonResponse(500, {}), jsonResponse(200, ACCOUNT));
    const { client, sleeps } = testClient({ fetch, random: () => 0 });
    await client.getAccount();
    expect(sleeps).toEqual([0]);
  });

  it('stops after maxRetries and reports the last failure', async () => {
    const { fetch, calls } = scriptedFetch(
      ...Array.from({ length: 4 }, () => jsonResponse(500, { error: 'boom' })),
    );
    const { client, sleeps } = testClient({ fetch });
    const error = await codeOf(client.getAccount());
    expect(error).toMatchObject({ code: 'server', status: 500, famulorError: 'boom' });
    expect(calls).toHaveLength(4);
    expect(sleeps).toEqual([500, 1_000, 2_000]);
  });

  it('honours a Retry-After header in seconds', async () => {
    const { fetch } = scriptedFetch(
      jsonResponse(429, {}, { 'Retry-After': '3' }),
      jsonResponse(200, ACCOUNT),
    );
    const { client, sleeps } = testClient({ fetch });
    await client.getAccount();
    expect(sleeps).toEqual([3_000]);
  });

  it('honours a Retry-After HTTP-date against the injected clock', async () => {
    const now = () => Date.parse('2026-06-15T12:00:00Z');
    const { fetch } = scriptedFetch(
      jsonResponse(429, {}, { 'Retry-After': 'Mon, 15 Jun 2026 12:00:12 GMT' }),
      jsonResponse(200, ACCOUNT),
    );
    const { client, sleeps } = testClient({ fetch, now });
    await client.getAccount();
    expect(sleeps).toEqual([12_000]);
  });

  it('honours retry_after in the body', async () => {
    const { fetch } = scriptedFetch(
      jsonResponse(429, { message: 'Too Many Attempts.', retry_after: 9 }),
      jsonResponse(200, ACCOUNT),
    );
    const { client, sleeps } = testClient({ fetch });
    await client.getAccount();
    expect(sleeps).toEqual([9_000]);
  });

  it('hands a long Retry-After to the caller instead of waiting silently', async () => {
    const { fetch, calls } = scriptedFetch(jsonResponse(429, { retry_after: 3_600 }));
    const { client, sleeps } = testClient({ fetch });
    const error = await codeOf(client.getAccount());
    expect(error).toMatchObject({ code: 'rate_limited', retryAfterMs: 3_600_000 });
    expect(calls).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it.each([
    ['a 500', () => jsonResponse(500, { status: false, error: 'boom' })],
    ['an HTML 502', () => textResponse(502, '<h1>Bad Gateway</h1>')],
    ['a network failure', () => networkDown()],
  ])('never retries a POST after %s (a widget message would be billed twice)', async (_name, respond) => {
    const { fetch, calls } = scriptedFetch(respond);
    const { client, sleeps } = testClient({ fetch });
    await codeOf(client.sendMessage({ conversationId: 'c-1', message: 'hi' }));
    expect(calls).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('never retries a PUT after a network failure either', async () => {
    const { fetch, calls } = scriptedFetch(networkDown);
    const { client, sleeps } = testClient({ fetch });
    const error = await codeOf(client.updateAssistant({ assistantId: 7, changes: { name: 'Bo' } }));
    expect(error.code).toBe('network');
    expect(calls).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('retries a POST that got a 429, which the server refused before doing anything', async () => {
    const { fetch, calls } = scriptedFetch(
      jsonResponse(429, { message: 'Too Many Attempts.', retry_after: 2 }),
      jsonResponse(200, GENERATED_REPLY),
    );
    const { client, sleeps } = testClient({ fetch });
    const reply = await client.generateReply({ assistantId: 7, customerIdentifier: 'crm-1', message: 'hi' });
    expect(reply.reply).toBe('Hi');
    expect(calls).toHaveLength(2);
    expect(calls[1]?.body).toEqual(calls[0]?.body);
    expect(sleeps).toEqual([2_000]);
  });

  it('retries nothing with maxRetries 0', async () => {
    const { fetch, calls } = scriptedFetch(jsonResponse(503, {}));
    const { client } = testClient({
      fetch,
      retry: { maxRetries: 0, baseDelayMs: 500, maxDelayMs: 8_000, maxRetryAfterMs: 60_000 },
    });
    expect((await codeOf(client.listAssistants({}))).status).toBe(503);
    expect(calls).toHaveLength(1);
  });

  it('sends a successful POST exactly once', async () => {
    const { fetch, calls } = scriptedFetch(jsonResponse(200, REPLY));
    const { client } = testClient({ fetch });
    await client.sendMessage({ conversationId: 'c-1', message: 'hi' });
    expect(calls).toHaveLength(1);
  });
});
