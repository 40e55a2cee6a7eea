import type { AppError } from '../../shared/result';
import { MEBIBYTE } from '../../shared/limits';

/**
 * The sizes of a `too_large` refusal in MB (of 1,048,576 bytes, as the limits are declared), for a sentence
 * such as "too large to save (N MB, at most M)"; null for any other error.
 */
export const tooLargeSizes = (error: AppError): { size: number; limit: number } | null => {
  if (error.code !== 'too_large' || error.sizeBytes === undefined || error.limitBytes === undefined)
    return null;
  return { size: error.sizeBytes / MEBIBYTE, limit: error.limitBytes / MEBIBYTE };
};
