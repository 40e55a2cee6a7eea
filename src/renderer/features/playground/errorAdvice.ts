import type { ParseKeys } from 'i18next';
import type { AppError } from '../../../shared/result';

/**
 * The i18n key and values for what a person can do about an error in a pane. `secondsLeft` is what remains of
 * a rate limit's wait (counted from when the request failed); without it the whole wait is told. Null where
 * the error's own sentence already says what to do (every "not found" names its remedy), so it is not said twice.
 */
export const errorAdvice = (
  error: AppError,
  secondsLeft?: number,
): { key: ParseKeys; values?: Record<string, number> } | null => {
  switch (error.code) {
    case 'rate_limited': {
      if (error.retryAfterMs === undefined) return { key: 'playground.error.advice.rate_limited_unknown' };
      const seconds = secondsLeft ?? Math.ceil(error.retryAfterMs / 1000);
      return seconds > 0
        ? { key: 'playground.error.advice.rate_limited', values: { seconds } }
        : { key: 'playground.error.advice.rate_limited_over' };
    }
    case 'validation':
    case 'insufficient_balance':
    case 'unauthorized':
    case 'forbidden':
    case 'network':
    case 'timeout':
    case 'server':
      return { key: `playground.error.advice.${error.code}` as const };
    case 'not_found':
      return null;
    default:
      return { key: 'playground.error.advice.other' };
  }
};
