export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Whole seconds until the window reopens (at least 1 when refused). */
  retryAfterSeconds: number;
  resetEpochSeconds: number;
}

export interface RateLimiter {
  hit(key: string): RateDecision;
}

interface Window {
  startedAtMs: number;
  count: number;
}

/**
 * Laravel's throttle: a fixed window that opens with the first request and counts every request that got past
 * authentication, including ones that then fail validation. Refused requests do not count.
 */
export const createRateLimiter = (options: {
  limit: number;
  windowMs: number;
  now: () => Date;
}): RateLimiter => {
  const windows = new Map<string, Window>();
  return {
    hit: (key) => {
      const nowMs = options.now().getTime();
      let window = windows.get(key);
      if (!window || nowMs >= window.startedAtMs + options.windowMs) {
        window = { startedAtMs: nowMs, count: 0 };
        windows.set(key, window);
      }
      const resetAtMs = window.startedAtMs + options.windowMs;
      const allowed = window.count < options.limit;
      if (allowed) window.count += 1;
      return {
        allowed,
        limit: options.limit,
        remaining: Math.max(0, options.limit - window.count),
        retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((resetAtMs - nowMs) / 1000)),
        resetEpochSeconds: Math.ceil(resetAtMs / 1000),
      };
    },
  };
};

export const rateLimitHeaders = (decision: RateDecision): Record<string, string> => {
  const headers: Record<string, string> = {
    'X-RateLimit-Limit': String(decision.limit),
    'X-RateLimit-Remaining': String(decision.remaining),
  };
  if (!decision.allowed) {
    headers['Retry-After'] = String(decision.retryAfterSeconds);
    headers['X-RateLimit-Reset'] = String(decision.resetEpochSeconds);
  }
  return headers;
};
