import type { AppError } from '../../shared/result';

export interface RetryPolicy {
  /** Retries after the first attempt; 0 turns retrying off. */
  maxRetries: number;
  baseDelayMs: number;
  /** Upper bound of the exponential window, so late retries do not wait for minutes. */
  maxDelayMs: number;
  /**
   * A server that asks for a longer pause than this is not waited for silently: the caller gets the
   * rate_limited error with its retryAfterMs and can show a countdown instead.
   */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 3,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
};

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * "Full jitter" (AWS architecture blog): a uniform delay in [0, min(cap, base * 2^retryIndex)], so that many
 * clients that failed together do not come back together.
 */
export const backoffDelay = (retryIndex: number, policy: RetryPolicy, random: () => number): number => {
  const window = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retryIndex);
  return Math.round(random() * window);
};

/**
 * GETs are retried on 429, 5xx and network failures. A POST, PUT or DELETE may have reached the server even
 * when its answer was lost — a widget message would be billed twice, an assistant created twice — so only a 429,
 * which the server refused before doing anything, is retried for them.
 */
export const isRetryable = (method: HttpMethod, error: AppError): boolean => {
  if (error.status === 429) return true;
  if (method !== 'GET') return false;
  return error.code === 'network' || (error.status !== undefined && error.status >= 500);
};

/** How long to wait before the next attempt, or null when the failure should reach the caller now. */
export const nextRetryDelay = (
  method: HttpMethod,
  error: AppError,
  retryIndex: number,
  policy: RetryPolicy,
  random: () => number,
): number | null => {
  if (retryIndex >= policy.maxRetries || !isRetryable(method, error)) return null;
  if (error.retryAfterMs !== undefined) {
    return error.retryAfterMs <= policy.maxRetryAfterMs ? error.retryAfterMs : null;
  }
  return backoffDelay(retryIndex, policy, random);
};
