import type { z } from 'zod';
import { MAX_JSON_DEPTH } from '../../shared/jsonDepth';
import { AppFailure } from '../../shared/result';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

type Problem = { path: string; reason: string };

/**
 * Finds what no schema checks: keys that could pollute prototypes once the value is spread or merged somewhere
 * in main, and text that is not well-formed Unicode (a lone surrogate), which `encodeURIComponent`, UTF-8
 * writers and the keychain throw on deep inside a handler.
 */
const findProblem = (value: unknown, path: string, depth: number): Problem | null => {
  if (depth > MAX_JSON_DEPTH) return { path: path || '(root)', reason: 'is nested too deeply' };
  if (typeof value === 'string')
    return LONE_SURROGATE.test(value)
      ? { path: path || '(input)', reason: 'is not valid Unicode text' }
      : null;
  if (value === null || typeof value !== 'object') return null;
  for (const key of Object.keys(value)) {
    const child = path ? `${path}.${key}` : key;
    if (FORBIDDEN_KEYS.has(key)) return { path: child, reason: 'is not allowed' };
    if (LONE_SURROGATE.test(key))
      return { path: path || '(input)', reason: 'has a key that is not valid Unicode text' };
    const found = findProblem((value as Record<string, unknown>)[key], child, depth + 1);
    if (found) return found;
  }
  return null;
};

/**
 * The only way a value from the other side of the boundary becomes typed (Signal Desktop's `parseUnknown`):
 * it accepts `unknown` and nothing else, so an `any` cannot slip past validation.
 */
export const parseUnknown = <S extends z.ZodType>(schema: S, value: unknown): z.output<S> => {
  const problem = findProblem(value, '', 0);
  if (problem) {
    throw new AppFailure({
      code: 'validation',
      message: `The request was refused: "${problem.path}" ${problem.reason}.`,
      fieldErrors: { [problem.path]: [problem.reason] },
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
