import type { ErrorParams, ErrorReason, FieldRule } from '../../shared/errorReasons';
import { AppFailure } from '../../shared/result';

export const MIN_API_KEY_LENGTH = 8;
export const MAX_API_KEY_LENGTH = 512;

// Printable ASCII without the space: what Famulor issues, and what survives a Bearer header unchanged.
const API_KEY = /^[\x21-\x7e]+$/;

const invalid = (reason: ErrorReason, rule: FieldRule, params?: ErrorParams) =>
  new AppFailure({
    code: 'validation',
    reason,
    ...(params ? { params } : {}),
    fieldIssues: { key: [{ rule }] },
  });

/** Returns the trimmed key or explains what is wrong with it, without ever repeating the key. */
export const validateApiKey = (raw: string): string => {
  const key = raw.trim();
  if (key.length === 0) throw invalid('key_empty', 'required');
  if (/\s/.test(key)) throw invalid('key_has_spaces', 'invalid_format');
  if (!API_KEY.test(key)) throw invalid('key_not_ascii', 'invalid_format');
  if (key.length < MIN_API_KEY_LENGTH || key.length > MAX_API_KEY_LENGTH) {
    throw invalid('key_wrong_length', key.length < MIN_API_KEY_LENGTH ? 'too_short' : 'too_long', {
      min: MIN_API_KEY_LENGTH,
      max: MAX_API_KEY_LENGTH,
      length: key.length,
    });
  }
  return key;
};

export const lastFourOf = (key: string): string => key.slice(-4);

/** Removes a key from text that is about to be shown or logged (error messages of native libraries). */
export const withoutKey = (text: string, key: string | undefined): string =>
  key && key.length > 0 ? text.split(key).join('[key]') : text;
