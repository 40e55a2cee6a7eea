import { describe, expect, it } from 'vitest';
import type { AppError } from '../../shared/result';
import { backoffDelay, DEFAULT_RETRY_POLICY, isRetryable, nextRetryDelay } from './retryPolicy';
import { combineRetryAfter, parseRetryAfterBody, parseRetryAfterHeader } from './retryAfter';

const policy = DEFAULT_RETRY_POLICY;
const error = (code: AppError['code'], status?: number, retryAfterMs?: number): AppError => ({
  code,
  reason: 'unexpected',
  ...(status === undefined ? {} : { status }),
  ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
});

describe('backoffDelay (full jitter)', () => {
  it('is 0 when random gives 0, whatever the retry', () => {
    for (const retry of [0, 1, 2, 3, 10]) expect(backoffDelay(retry, policy, () => 0)).toBe(0);
  });

  it('reaches the exponential window when random gives 1, and never the cap', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((retry) => backoffDelay(retry, policy, () => 1))).toEqual([
      500, 1_000, 2_000, 4_000, 8_000, 8_000, 8_000,
    ]);
  });

  it('stays inside [0, window] for any random value', () => {
    for (let step = 0; step <= 20; step += 1) {
      const random = step / 20;
      for (const retry of [0, 2, 5]) {
        const delay = backoffDelay(retry, policy, () => random);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThanOrEqual(Math.min(8_000, 500 * 2 ** retry));
      }
    }
  });

  it('scales with random', () => {
    expect(backoffDelay(2, policy, () => 0.5)).toBe(1_000);
  });
});

describe('isRetryable', () => {
  it('retries GETs on 429, 5xx and network failures', () => {
    expect(isRetryable('GET', error('rate_limited', 429))).toBe(true);
    expect(isRetryable('GET', error('server', 500))).toBe(true);
    expect(isRetryable('GET', error('server', 503))).toBe(true);
    expect(isRetryable('GET', error('network'))).toBe(true);
  });

  it('does not retry GETs on answers that will not change', () => {
    expect(isRetryable('GET', error('unauthorized', 401))).toBe(false);
    expect(isRetryable('GET', error('not_found', 404))).toBe(false);
    expect(isRetryable('GET', error('server', 200))).toBe(false);
    expect(isRetryable('GET', error('timeout'))).toBe(false);
    expect(isRetryable('GET', error('cancelled'))).toBe(false);
  });

  it('retries POST and PUT only on 429', () => {
    for (const method of ['POST', 'PUT'] as const) {
      expect(isRetryable(method, error('rate_limited', 429))).toBe(true);
      expect(isRetryable(method, error('server', 500))).toBe(false);
      expect(isRetryable(method, error('server', 502))).toBe(false);
      expect(isRetryable(method, error('network'))).toBe(false);
      expect(isRetryable(method, error('timeout'))).toBe(false);
    }
  });
});

describe('nextRetryDelay', () => {
  it("prefers the server's delay to the backoff", () => {
    expect(nextRetryDelay('GET', error('rate_limited', 429, 42_000), 0, policy, () => 1)).toBe(42_000);
  });

  it('gives up when the server asks for longer than the policy allows', () => {
    expect(nextRetryDelay('GET', error('rate_limited', 429, 61_000), 0, policy, () => 1)).toBeNull();
  });

  it('gives up after maxRetries', () => {
    expect(nextRetryDelay('GET', error('server', 503), 2, policy, () => 1)).toBe(2_000);
    expect(nextRetryDelay('GET', error('server', 503), 3, policy, () => 1)).toBeNull();
  });
});

describe('Retry-After parsing', () => {
  const now = Date.parse('2026-06-15T12:00:00Z');

  it('reads delay-seconds', () => {
    expect(parseRetryAfterHeader('120', now)).toBe(120_000);
    expect(parseRetryAfterHeader(' 3 ', now)).toBe(3_000);
  });

  it('reads an HTTP-date, and a date in the past as no wait', () => {
    expect(parseRetryAfterHeader('Mon, 15 Jun 2026 12:01:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfterHeader('Mon, 15 Jun 2026 11:00:00 GMT', now)).toBe(0);
  });

  it('ignores what it cannot read', () => {
    expect(parseRetryAfterHeader(null, now)).toBeUndefined();
    expect(parseRetryAfterHeader('soon', now)).toBeUndefined();
    expect(parseRetryAfterBody('soon')).toBeUndefined();
    expect(parseRetryAfterBody(-1)).toBeUndefined();
  });

  it('reads retry_after as a number or a numeric string', () => {
    expect(parseRetryAfterBody(60)).toBe(60_000);
    expect(parseRetryAfterBody('1.5')).toBe(1_500);
  });

  it('combines by taking the longer wait', () => {
    expect(combineRetryAfter(undefined, 5_000, 60_000)).toBe(60_000);
    expect(combineRetryAfter(undefined, undefined)).toBeUndefined();
  });
});
