import { describe, expect, it } from 'vitest';
import { breaksConnection } from './connectionHealth';

describe('which failures mean the connection is down', () => {
  it('counts a refused connection, a silent server and a rejected key, not Famulor refusing one request', () => {
    expect(breaksConnection({ code: 'network', reason: 'connection_refused' })).toBe(true);
    expect(breaksConnection({ code: 'timeout', reason: 'no_answer_in_time' })).toBe(true);
    expect(breaksConnection({ code: 'unauthorized', reason: 'key_rejected', status: 401 })).toBe(true);
    expect(breaksConnection({ code: 'validation', reason: 'famulor_rejected', status: 422 })).toBe(false);
    expect(breaksConnection({ code: 'not_found', reason: 'no_such_conversation', status: 404 })).toBe(false);
    expect(breaksConnection({ code: 'rate_limited', reason: 'account_rate_limited', status: 429 })).toBe(
      false,
    );
  });

  it('leaves a takeover refused for its key out of the connection’s state', () => {
    expect(
      breaksConnection({ code: 'unauthorized', reason: 'key_rejected', status: 401, keyKind: 'api' }),
    ).toBe(false);
  });
});
