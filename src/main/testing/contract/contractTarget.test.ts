import { describe, expect, it } from 'vitest';
import { DEFAULT_CONNECTION } from '../../famulor/client';
import { liveSettingsFromEnv } from './contractTarget';

describe('liveSettingsFromEnv', () => {
  it('skips the live run, with a reason naming the variable, when no key is set', () => {
    for (const env of [{}, { FAMULOR_CONTRACT_API_KEY: '  ' }]) {
      const decision = liveSettingsFromEnv(env);
      expect(decision.run).toBe(false);
      expect(decision.run ? '' : decision.reason).toMatch(/^FAMULOR_CONTRACT_API_KEY is not set/);
    }
  });

  it("runs against Famulor's default connection and the account's first assistant with just a key", () => {
    expect(liveSettingsFromEnv({ FAMULOR_CONTRACT_API_KEY: ' sk-live ' })).toEqual({
      run: true,
      settings: {
        apiKey: 'sk-live',
        automateKey: null,
        connection: DEFAULT_CONNECTION,
        assistantId: null,
        assistantWrites: false,
      },
    });
  });

  it('takes the base URL, the generate-reply path, the assistant id and the Automate key from the environment', () => {
    expect(
      liveSettingsFromEnv({
        FAMULOR_CONTRACT_API_KEY: 'sk-live',
        FAMULOR_CONTRACT_BASE_URL: 'http://127.0.0.1:8787/api',
        FAMULOR_CONTRACT_GENERATE_REPLY_PATH: '/user/ai/generate-reply',
        FAMULOR_CONTRACT_ASSISTANT_ID: '102',
        FAMULOR_CONTRACT_AUTOMATE_KEY: ' ak-live ',
        FAMULOR_CONTRACT_ASSISTANT_WRITES: '1',
      }),
    ).toEqual({
      run: true,
      settings: {
        apiKey: 'sk-live',
        automateKey: 'ak-live',
        connection: { baseUrl: 'http://127.0.0.1:8787/api', generateReplyPath: '/user/ai/generate-reply' },
        assistantId: 102,
        assistantWrites: true,
      },
    });
  });

  it('refuses a malformed assistant id instead of silently skipping a requested live run', () => {
    expect(() =>
      liveSettingsFromEnv({ FAMULOR_CONTRACT_API_KEY: 'sk-live', FAMULOR_CONTRACT_ASSISTANT_ID: 'abc' }),
    ).toThrow('FAMULOR_CONTRACT_ASSISTANT_ID');
    expect(() =>
      liveSettingsFromEnv({ FAMULOR_CONTRACT_API_KEY: 'sk-live', FAMULOR_CONTRACT_ASSISTANT_WRITES: 'yes' }),
    ).toThrow('FAMULOR_CONTRACT_ASSISTANT_WRITES');
  });
});
