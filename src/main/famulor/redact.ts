import { escapeRegExp } from '../../shared/text';
import type { AppError } from '../../shared/result';
import type { JsonValue } from '../../shared/domain/famulor';

export const REDACTED = '[redacted]';
export const REDACTED_AUTHORIZATION = `Bearer ${REDACTED}`;

/** Error details quote what a server sent; they are cut to this length, after the key was removed. */
export const DETAIL_LENGTH = 300;

const base64Forms = (secret: string): string[] => {
  const bytes = Buffer.from(secret, 'utf8');
  const padded = bytes.toString('base64');
  // Unpadded too: an echo inside a longer text, or a cut one, loses the `=` first.
  return [padded, padded.replace(/=+$/, ''), bytes.toString('base64url')];
};

/**
 * The forms in which a key can show up in text we did not write: verbatim, base64 or base64url (a Basic
 * header, a token echoed by a proxy), each also percent-encoded when a server echoes a URL or form data.
 * Longest first, so a longer form is never half-replaced by a shorter one.
 */
const secretForms = (secret: string): string[] => {
  const plain = [secret, ...base64Forms(secret)];
  return [...new Set([...plain, ...plain.map(encodeURIComponent)])].sort((a, b) => b.length - a.length);
};

// Built once per key: a client scrubs every error and exchange with the same key.
const patterns = new Map<string, RegExp>();
const patternFor = (secret: string): RegExp => {
  let pattern = patterns.get(secret);
  if (!pattern) {
    // Case-insensitive: servers upper-case echoes, and percent-encoding may use either hex case.
    pattern = new RegExp(secretForms(secret).map(escapeRegExp).join('|'), 'gi');
    patterns.clear();
    patterns.set(secret, pattern);
  }
  return pattern;
};

/** Replaces every occurrence of the secret. Famulor may echo a key back in an error body; it must not spread. */
export const scrubText = (text: string, secret: string | null): string => {
  if (!secret) return text;
  return text.replace(patternFor(secret), REDACTED);
};

/** Shortens a quoted text for an error's details; only ever applied to text the key was already removed from. */
export const cutDetail = (text: string): string =>
  text.length > DETAIL_LENGTH ? `${text.slice(0, DETAIL_LENGTH)}…` : text;

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

const JSON_ESCAPE = /\\(?:u([0-9a-fA-F]{4})|([\s\S]))/g;
const SHORT_ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** JSON text with its string escapes undone, so that every string's content can be searched where it stands. */
const unescapeJsonText = (text: string): string =>
  text.includes('\\')
    ? text.replace(JSON_ESCAPE, (_escape, hex: string | undefined, char: string | undefined) =>
        hex === undefined
          ? (SHORT_ESCAPES[char ?? ''] ?? char ?? '')
          : String.fromCharCode(parseInt(hex, 16)),
      )
    : text;

/**
 * A parsed answer with the key removed, walking it only when its text can hold the key: one search of the text
 * costs a fraction of copying a 10,000-message thread. The search undoes JSON's escapes first, because `\/` or
 * `\u0073` hide a key from the raw text but not from the parsed strings.
 */
export const scrubParsedJson = (text: string, parsed: JsonValue, secret: string | null): JsonValue =>
  secret && containsSecret(unescapeJsonText(text), secret) ? scrubJson(parsed, secret) : parsed;

/**
 * The last line of defence before an error leaves the client: every text field is scrubbed, and only then
 * are the details cut — cutting first would leave the part of a key before the cut in place.
 */
export const scrubError = (error: AppError, secret: string | null): AppError => {
  const scrubbed: AppError = { ...error };
  if (error.diagnostic !== undefined) scrubbed.diagnostic = scrubText(error.diagnostic, secret);
  if (error.params !== undefined) {
    scrubbed.params = Object.fromEntries(
      Object.entries(error.params).map(([name, value]) => [
        name,
        typeof value === 'string' ? scrubText(value, secret) : value,
      ]),
    );
  }
  if (error.famulorError !== undefined) scrubbed.famulorError = scrubText(error.famulorError, secret);
  if (error.errorCode !== undefined) scrubbed.errorCode = scrubText(error.errorCode, secret);
  if (error.details !== undefined) scrubbed.details = cutDetail(scrubText(error.details, secret));
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

/** Whether the secret appears in the text in any of the forms scrubText removes. */
export const containsSecret = (text: string, secret: string): boolean =>
  text.search(patternFor(secret)) !== -1;
