import { z } from 'zod';
import type { FieldRule } from '../errorReasons';
import { fieldIssuesOf } from '../fieldIssues';
import { MAX_JSON_DEPTH } from '../jsonDepth';
import { AppFailure } from '../result';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

type Problem = { path: string; rule: FieldRule };

/**
 * Finds what no schema checks: keys that could pollute prototypes once the value is spread or merged somewhere
 * in main, and text that is not well-formed Unicode (a lone surrogate), which `encodeURIComponent`, UTF-8
 * writers and the keychain throw on deep inside a handler.
 */
const findProblem = (value: unknown, path: string, depth: number): Problem | null => {
  if (depth > MAX_JSON_DEPTH) return { path: path || '(root)', rule: 'too_deep' };
  if (typeof value === 'string')
    return LONE_SURROGATE.test(value) ? { path: path || '(input)', rule: 'invalid_unicode' } : null;
  if (value === null || typeof value !== 'object') return null;
  for (const key of Object.keys(value)) {
    const child = path ? `${path}.${key}` : key;
    if (FORBIDDEN_KEYS.has(key)) return { path: child, rule: 'forbidden_key' };
    if (LONE_SURROGATE.test(key)) return { path: path || '(input)', rule: 'invalid_unicode' };
    const found = findProblem((value as Record<string, unknown>)[key], child, depth + 1);
    if (found) return found;
  }
  return null;
};

/**
 * How a value from the other side of a boundary (a channel's input, a file main reads) becomes typed, after Signal
 * Desktop's `parseUnknown`: first what no schema checks (prototype keys, lone surrogates, depth), then the schema;
 * a failure is a `request_invalid` with the fields that failed. Main's stores use it too, and the renderer tests' fake
 * main refuses with it what main would.
 */
export const parseUnknown = <S extends z.ZodType>(schema: S, value: unknown): z.output<S> => {
  const problem = findProblem(value, '', 0);
  if (problem) {
    throw new AppFailure({
      code: 'validation',
      reason: 'request_invalid',
      fieldIssues: { [problem.path]: [{ rule: problem.rule }] },
    });
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new AppFailure({
    code: 'validation',
    reason: 'request_invalid',
    fieldIssues: fieldIssuesOf(parsed.error),
    diagnostic: z.prettifyError(parsed.error),
  });
};
