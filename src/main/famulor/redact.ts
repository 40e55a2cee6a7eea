import type { AppError } from '../../shared/result';
import type { JsonValue } from '../../shared/domain/famulor';

export const REDACTED = '[redacted]';
export const REDACTED_AUTHORIZATION = `Bearer ${REDACTED}`;

/**
 * The forms in which a key can show up in text we did not write: verbatim, or percent-encoded when a server
 * echoes a URL or form data back. Longest first, so a longer form is never half-replaced by a shorter one.
 */
const secretForms = (secret: string): string[] =>
  [...new Set([secret, encodeURIComponent(secret)])].sort((a, b) => b.length - a.length);

/** Replaces every occurrence of the secret. Famulor may echo a key back in an error body; it must not spread. */
export const scrubText = (text: string, secret: string | null): string => {
  if (!secret) return text;
  return secretForms(secret).reduce((scrubbed, form) => scrubbed.split(form).join(REDACTED), text);
};

/** Walks a JSON value so that both strings and object keys are scrubbed without breaking the structure. */
export const scrubJson = (value: JsonValue, secret: string | null): JsonValue => {
  if (!secret) return value;
  if (typeof value === 'string') return scrubText(value, secret);
  if (Array.isArray(value)) return value.map((item) => scrubJson(item, secret));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [scrubText(key, secret), scrubJson(item, secret)]),
    );
  }
  return value;
};

/** The last line of defence before an error leaves the client: every text field is scrubbed. */
export const scrubError = (error: AppError, secret: string | null): AppError => {
  if (!secret) return error;
  const scrubbed: AppError = { ...error, message: scrubText(error.message, secret) };
  if (error.famulorError !== undefined) scrubbed.famulorError = scrubText(error.famulorError, secret);
  if (error.errorCode !== undefined) scrubbed.errorCode = scrubText(error.errorCode, secret);
  if (error.details !== undefined) scrubbed.details = scrubText(error.details, secret);
  if (error.fieldErrors !== undefined) {
    scrubbed.fieldErrors = Object.fromEntries(
      Object.entries(error.fieldErrors).map(([field, messages]) => [
        scrubText(field, secret),
        messages.map((message) => scrubText(message, secret)),
      ]),
    );
  }
  return scrubbed;
};
