import type { AppError } from '../../../../shared/result';

/** No answer came (the network or the time ran out): a billed message may have gone out, so it is never resent. */
export const answerMayBeLost = (error: AppError): boolean =>
  error.code === 'network' || error.code === 'timeout';
