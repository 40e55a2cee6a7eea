import type { JsonValue, Variables } from '../../shared/domain/famulor';
import { escapeRegExp } from '../../shared/text';
import { REDACTED, scrubText } from '../famulor/redact';

/** What a recording leaves out of the pack besides the keys, which it always leaves out. */
export interface PackRedaction {
  phones: boolean;
  emails: boolean;
  /** Variables whose values are secret: each value becomes `{{name}}` in the texts and "[redacted]" itself. */
  secretVariables: string[];
}

export const PHONE_PLACEHOLDER = '[phone]';
export const EMAIL_PLACEHOLDER = '[email]';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
/**
 * A phone number as people write it: "+49 30 1234 5600", "0176/1234567", "(030) 123 45 67", at least seven digits.
 * It must start with "+", "(" or 0, so a date ("2026-12-15"), an order number or a price is left alone.
 */
const PHONE = /(?<![\p{L}\p{N}+])(?:\+|\(0|0)[\d ()/.-]{5,}\d(?![\p{L}\p{N}])/gu;
const MIN_PHONE_DIGITS = 7;
const MIN_SECRET_VALUE_LENGTH = 3;

/** One function for every text of a recording: keys out always, then what the person chose to leave out. */
export const createTextRedactor = (
  redaction: PackRedaction,
  keys: readonly string[],
  variables: Variables,
): ((text: string) => string) => {
  const secretValues = redaction.secretVariables
    .map((name) => [name, variables[name]] as const)
    .filter((entry): entry is readonly [string, string | number] => {
      const value = entry[1];
      return (
        (typeof value === 'string' || typeof value === 'number') &&
        String(value).length >= MIN_SECRET_VALUE_LENGTH
      );
    })
    .map(([name, value]) => ({ name, pattern: new RegExp(escapeRegExp(String(value)), 'gi') }));
  return (text) => {
    let out = keys.reduce((current, key) => scrubText(current, key), text);
    for (const { name, pattern } of secretValues) out = out.replace(pattern, `{{${name}}}`);
    if (redaction.emails) out = out.replace(EMAIL, EMAIL_PLACEHOLDER);
    if (redaction.phones)
      out = out.replace(PHONE, (match) =>
        match.replace(/\D/g, '').length >= MIN_PHONE_DIGITS ? PHONE_PLACEHOLDER : match,
      );
    return out;
  };
};

/** The same redaction through a JSON value (function-call arguments and results), names and strings alike. */
export const redactJson = (value: JsonValue, redact: (text: string) => string): JsonValue => {
  if (typeof value === 'string') return redact(value);
  if (Array.isArray(value)) return value.map((item) => redactJson(item, redact));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [redact(key), redactJson(item, redact)]),
    );
  return value;
};

/** An assistant's variables in the pack: secret ones say so instead of holding their value. */
export const redactVariables = (
  variables: Variables,
  redaction: PackRedaction,
  redact: (text: string) => string,
): Variables =>
  Object.fromEntries(
    Object.entries(variables).map(([name, value]) => [
      name,
      redaction.secretVariables.includes(name) ? REDACTED : redactJson(value, redact),
    ]),
  );
