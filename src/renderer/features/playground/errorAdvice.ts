import type { AppError } from '../../../shared/result';

/** The i18n key and values for what a person can do about an error in a pane. */
export const errorAdvice = (error: AppError): { key: string; values?: Record<string, number> } => {
  switch (error.code) {
    case 'rate_limited':
      return error.retryAfterMs === undefined
        ? { key: 'playground.error.advice.rate_limited_unknown' }
        : {
            key: 'playground.error.advice.rate_limited',
            values: { seconds: Math.ceil(error.retryAfterMs / 1000) },
          };
    case 'validation':
    case 'insufficient_balance':
    case 'unauthorized':
    case 'forbidden':
    case 'not_found':
    case 'network':
    case 'timeout':
    case 'server':
      return { key: `playground.error.advice.${error.code}` };
    default:
      return { key: 'playground.error.advice.other' };
  }
};
