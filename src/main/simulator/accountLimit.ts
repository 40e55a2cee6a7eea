import type { RateWindow } from '../../shared/limits';
import type { RateDecision } from './rateLimit';

export interface AccountLimiter {
  /** Counts one authenticated request of the account (any route, any of its keys). */
  hit(): RateDecision;
}

interface WindowState {
  startedAtMs: number;
  count: number;
}

/**
 * The account-wide limit of Famulor's authentication guide: every window (a burst window and a minute window)
 * must have room, and an allowed request counts in all of them. Each window is fixed and opens with its first
 * request, as Laravel's throttle does. The headers describe the window that binds: the one with the fewest
 * requests left, or, on a refusal, the one that reopens last — so a client that reads them waits long enough.
 */
export const createAccountLimiter = (options: {
  windows: readonly RateWindow[];
  now: () => Date;
}): AccountLimiter => {
  const states: WindowState[] = options.windows.map(() => ({
    startedAtMs: Number.NEGATIVE_INFINITY,
    count: 0,
  }));
  return {
    hit: () => {
      const nowMs = options.now().getTime();
      const views = options.windows.map((window, index) => {
        const state = states[index] as WindowState;
        if (nowMs >= state.startedAtMs + window.windowMs) {
          state.startedAtMs = nowMs;
          state.count = 0;
        }
        return { window, state, resetAtMs: state.startedAtMs + window.windowMs };
      });
      const full = views.filter((view) => view.state.count >= view.window.limit);
      const allowed = full.length === 0;
      if (allowed) for (const view of views) view.state.count += 1;
      const remainingOf = (view: (typeof views)[number]) => Math.max(0, view.window.limit - view.state.count);
      const binding = allowed
        ? views.reduce((best, view) => (remainingOf(view) < remainingOf(best) ? view : best))
        : full.reduce((best, view) => (view.resetAtMs > best.resetAtMs ? view : best));
      return {
        allowed,
        limit: binding.window.limit,
        remaining: remainingOf(binding),
        retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((binding.resetAtMs - nowMs) / 1000)),
        resetEpochSeconds: Math.ceil(binding.resetAtMs / 1000),
      };
    },
  };
};

/** The authentication guide's headers, on every answer to an authenticated request; Retry-After on a refusal. */
export const accountLimitHeaders = (decision: RateDecision): Record<string, string> => ({
  'X-RateLimit-Limit': String(decision.limit),
  'X-RateLimit-Remaining': String(decision.remaining),
  'X-RateLimit-Reset': String(decision.resetEpochSeconds),
  ...(decision.allowed ? {} : { 'Retry-After': String(decision.retryAfterSeconds) }),
});

/** The guide's documented 429 body for the account limit. */
export const accountLimitBody = (decision: RateDecision) => ({
  error: 'Rate limit exceeded',
  message: 'Too many requests. Please try again later.',
  retry_after: decision.retryAfterSeconds,
});
