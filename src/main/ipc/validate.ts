import type { z } from 'zod';
import { MAX_JSON_DEPTH } from '../../shared/jsonDepth';
import { AppFailure } from '../../shared/result';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Finds keys that could pollute prototypes once the value is spread or merged somewhere in main. */
const findForbiddenKey = (value: unknown, path: string, depth: number): string | null => {
  if (depth > MAX_JSON_DEPTH) return path || '(root)';
  if (value === null || typeof value !== 'object') return null;
  for (const key of Object.keys(value)) {
    const child = path ? `${path}.${key}` : key;
    if (FORBIDDEN_KEYS.has(key)) return child;
    const found = findForbiddenKey((value as Record<string, unknown>)[key], child, depth + 1);
    if (found) return found;
  }
  return null;
};

/**
 * The only way a value from the other side of the boundary becomes typed (Signal Desktop's `parseUnknown`):
 * it accepts `unknown` and nothing else, so an `any` cannot slip past validation.
 */
export const parseUnknown = <S extends z.ZodType>(schema: S, value: unknown): z.output<S> => {
  const forbidden = findForbiddenKey(value, '', 0);
  if (forbidden) {
    throw new AppFailure({
      code: 'validation',
      message: `The request was refused: the key "${forbidden}" is not allowed.`,
      fieldErrors: { [forbidden]: ['not allowed'] },
    });
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.map(String).join('.') || '(input)';
    (fieldErrors[key] ??= []).push(issue.message);
  }
  const first = parsed.error.issues[0];
  const where = first && first.path.length ? ` at "${first.path.map(String).join('.')}"` : '';
  throw new AppFailure({
    code: 'validation',
    message: `The request was refused${where}: ${first?.message ?? 'invalid input'}.`,
    fieldErrors,
  });
};
