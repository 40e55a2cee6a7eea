import { MAX_CUSTOMER_IDENTIFIER_LENGTH } from '../../../shared/limits';

export type IdentifierKind = 'phone' | 'email' | 'other';
export type IdentifierProblem = 'empty' | 'tooLong' | 'phoneNotE164';

export interface IdentifierCheck {
  kind: IdentifierKind;
  /** Characters as Famulor counts them (code points, like Laravel's max:255), not UTF-16 units. */
  length: number;
  problem: IdentifierProblem | null;
}

const E164 = /^\+[1-9]\d{1,14}$/;
// A leading + or 00, or digits written with phone punctuation ("0170 123 4567"). Bare digits stay ambiguous
// (CRM ids are often numbers), so they are not held to E.164.
const PHONE_LIKE = /^(?:(?:\+|00)[\d\s().\-/]*|[\d().\-/]*\d[\s().\-/]+[\d\s().\-/]*)$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const checkCustomerIdentifier = (raw: string): IdentifierCheck => {
  const text = raw.trim();
  const length = [...text].length;
  const kind: IdentifierKind = PHONE_LIKE.test(text) ? 'phone' : EMAIL.test(text) ? 'email' : 'other';
  const problem: IdentifierProblem | null =
    text === ''
      ? 'empty'
      : length > MAX_CUSTOMER_IDENTIFIER_LENGTH
        ? 'tooLong'
        : kind === 'phone' && !E164.test(text)
          ? 'phoneNotE164'
          : null;
  return { kind, length, problem };
};

/** A phone number as E.164 when it is one with spaces or dashes; null when it cannot be (no country code). */
export const suggestE164 = (raw: string): string | null => {
  const digits = raw
    .trim()
    .replace(/^00/, '+')
    .replace(/[\s().\-/]/g, '');
  return E164.test(digits) ? digits : null;
};
