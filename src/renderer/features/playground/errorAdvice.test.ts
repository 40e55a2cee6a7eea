import { describe, expect, it } from 'vitest';
import { errorAdvice } from './errorAdvice';

describe('errorAdvice', () => {
  it('tells how long to wait after a rate limit, rounded up to whole seconds', () => {
    expect(
      errorAdvice({ code: 'rate_limited', message: 'Too Many Attempts.', retryAfterMs: 41_200 }),
    ).toEqual({
      key: 'playground.error.advice.rate_limited',
      values: { seconds: 42 },
    });
    const limited = { code: 'rate_limited' as const, message: 'Too Many Attempts.', retryAfterMs: 30_000 };
    expect(errorAdvice(limited, 7)).toEqual({
      key: 'playground.error.advice.rate_limited',
      values: { seconds: 7 },
    });
    expect(errorAdvice(limited, 0).key).toBe('playground.error.advice.rate_limited_over');
    expect(errorAdvice({ code: 'rate_limited', message: 'Too Many Attempts.' }).key).toBe(
      'playground.error.advice.rate_limited_unknown',
    );
  });

  it('points each actionable error at its remedy and anything else at Retry', () => {
    expect(errorAdvice({ code: 'unauthorized', message: 'Invalid API key' }).key).toBe(
      'playground.error.advice.unauthorized',
    );
    expect(errorAdvice({ code: 'insufficient_balance', message: 'Top up' }).key).toBe(
      'playground.error.advice.insufficient_balance',
    );
    expect(errorAdvice({ code: 'internal', message: 'Oops' }).key).toBe('playground.error.advice.other');
  });
});
