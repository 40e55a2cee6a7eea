import { describe, expect, it } from 'vitest';
import { errorAdvice } from './errorAdvice';

describe('errorAdvice', () => {
  it('tells how long to wait after a rate limit, rounded up to whole seconds', () => {
    expect(
      errorAdvice({ code: 'rate_limited', reason: 'account_rate_limited', retryAfterMs: 41_200 }),
    ).toEqual({
      key: 'playground.error.advice.rate_limited',
      values: { seconds: 42 },
    });
    const limited = {
      code: 'rate_limited' as const,
      reason: 'account_rate_limited' as const,
      retryAfterMs: 30_000,
    };
    expect(errorAdvice(limited, 7)).toEqual({
      key: 'playground.error.advice.rate_limited',
      values: { seconds: 7 },
    });
    expect(errorAdvice(limited, 0)?.key).toBe('playground.error.advice.rate_limited_over');
    expect(errorAdvice({ code: 'rate_limited', reason: 'account_rate_limited' })?.key).toBe(
      'playground.error.advice.rate_limited_unknown',
    );
  });

  it('points each actionable error at its remedy and anything else at Retry', () => {
    expect(errorAdvice({ code: 'unauthorized', reason: 'key_rejected' })?.key).toBe(
      'playground.error.advice.unauthorized',
    );
    expect(errorAdvice({ code: 'insufficient_balance', reason: 'balance_used_up' })?.key).toBe(
      'playground.error.advice.insufficient_balance',
    );
    expect(errorAdvice({ code: 'internal', reason: 'unexpected' })?.key).toBe(
      'playground.error.advice.other',
    );
  });

  it('adds nothing where the error already names its remedy (a conversation or assistant that is gone)', () => {
    expect(errorAdvice({ code: 'not_found', reason: 'no_such_conversation' })).toBeNull();
  });
});
