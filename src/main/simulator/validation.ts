import type { ApiResponse } from './http';
import { isPlainObject, json } from './http';
import { characterCount } from '../../shared/text';

/** Laravel's wording, e.g. `customer_identifier` → "The customer identifier field is required." */
const label = (field: string): string => field.replaceAll('_', ' ');

export const laravelMessages = {
  required: (field: string) => `The ${label(field)} field is required.`,
  requiredWhen: (field: string, other: string, value: string) =>
    `The ${label(field)} field is required when ${label(other)} is ${value}.`,
  string: (field: string) => `The ${label(field)} field must be a string.`,
  integer: (field: string) => `The ${label(field)} field must be an integer.`,
  array: (field: string) => `The ${label(field)} field must be an array.`,
  maxCharacters: (field: string, max: number) =>
    `The ${label(field)} field must not be greater than ${max} characters.`,
  between: (field: string, min: number, max: number) =>
    `The ${label(field)} field must be between ${min} and ${max}.`,
  atLeast: (field: string, min: number) => `The ${label(field)} field must be at least ${min}.`,
  selectedInvalid: (field: string) => `The selected ${label(field)} is invalid.`,
  prohibited: (field: string) => `The ${label(field)} field is prohibited.`,
  timezone: (field: string) => `The ${label(field)} field must be a valid timezone.`,
};

export { characterCount } from '../../shared/text';

/** Collects field errors and answers with Laravel's 422 shape: `{message, errors: {field: [...]}}`. */
export class LaravelValidator {
  readonly errors: Record<string, string[]> = {};

  fail(field: string, message: string): undefined {
    (this.errors[field] ??= []).push(message);
    return undefined;
  }

  get failed(): boolean {
    return Object.keys(this.errors).length > 0;
  }

  /** Laravel's own summary by default; some endpoints document a fixed one ("Validation failed"). */
  response(fixedSummary?: string): ApiResponse {
    const messages = Object.values(this.errors).flat();
    const more = messages.length - 1;
    const summary =
      more > 0 ? `${messages[0]} (and ${more} more error${more > 1 ? 's' : ''})` : (messages[0] ?? '');
    return json(422, { message: fixedSummary ?? summary, errors: this.errors });
  }

  requiredString(field: string, value: unknown, maxCharacters?: number): string | undefined {
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      return this.fail(field, laravelMessages.required(field));
    }
    if (typeof value !== 'string') return this.fail(field, laravelMessages.string(field));
    if (maxCharacters !== undefined && characterCount(value) > maxCharacters) {
      return this.fail(field, laravelMessages.maxCharacters(field, maxCharacters));
    }
    return value;
  }

  /** Like Laravel's `integer` rule, a numeric string such as "101" passes. */
  requiredInteger(field: string, value: unknown): number | undefined {
    if (value === undefined || value === null || value === '')
      return this.fail(field, laravelMessages.required(field));
    if (typeof value === 'number' && Number.isInteger(value)) return value;
    if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value.trim());
    return this.fail(field, laravelMessages.integer(field));
  }

  /** An optional JSON object ("array" in Laravel's words); null counts as absent. */
  optionalObject(field: string, value: unknown): Record<string, unknown> | null | undefined {
    if (value === undefined) return undefined;
    if (value === null) return null;
    return isPlainObject(value) ? value : this.fail(field, laravelMessages.array(field));
  }

  /** A query-string integer within bounds, or the default when the parameter is absent. */
  queryInteger(field: string, raw: string | null, bounds: { min: number; max?: number; fallback: number }) {
    if (raw === null || raw === '') return bounds.fallback;
    if (!/^-?\d+$/.test(raw.trim())) return this.fail(field, laravelMessages.integer(field));
    const value = Number(raw.trim());
    if (bounds.max !== undefined && (value < bounds.min || value > bounds.max)) {
      return this.fail(field, laravelMessages.between(field, bounds.min, bounds.max));
    }
    if (value < bounds.min) return this.fail(field, laravelMessages.atLeast(field, bounds.min));
    return value;
  }
}
