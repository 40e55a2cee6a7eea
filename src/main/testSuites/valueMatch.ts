import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import type { JsonValue } from '../../shared/domain/json';
import type { ValueMatchSpec } from '../../shared/testSuite/suite';

/**
 * `includes`: every key the expectation names has the value it gives, recursively; other keys may be there.
 * Arrays are compared element by element and must be as long (a part of a list is not the list); numbers,
 * strings, booleans and null must be equal.
 */
export const includes = (actual: JsonValue, expected: JsonValue): boolean => {
  if (Array.isArray(expected))
    return (
      Array.isArray(actual) &&
      actual.length === expected.length &&
      expected.every((item, index) => includes(actual[index] as JsonValue, item))
    );
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return false;
    return Object.entries(expected).every(
      ([key, value]) => key in actual && includes(actual[key] as JsonValue, value),
    );
  }
  return actual === expected;
};

/** Deep equality of JSON values; key order does not matter. */
export const equals = (actual: JsonValue, expected: JsonValue): boolean => {
  if (Array.isArray(expected) || (expected !== null && typeof expected === 'object')) {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual) !== Array.isArray(expected))
      return false;
    const actualKeys = Object.keys(actual);
    return actualKeys.length === Object.keys(expected).length && includes(actual, expected);
  }
  return actual === expected;
};

// One validator for every suite: `strict: false` lets a schema carry keywords ajv does not know (titles, examples).
const ajv = new Ajv2020({ allErrors: true, strict: false });
const compiled = new WeakMap<object, ValidateFunction>();

/** A suite's JSON Schema compiled, or what is wrong with it (the suite file is then refused). */
export const compileValueSchema = (schema: {
  [key: string]: JsonValue;
}): { validate: ValidateFunction; problem: null } | { validate: null; problem: string } => {
  const known = compiled.get(schema);
  if (known) return { validate: known, problem: null };
  try {
    const validate = ajv.compile(schema);
    compiled.set(schema, validate);
    return { validate, problem: null };
  } catch (error) {
    return { validate: null, problem: (error as Error).message };
  }
};

/**
 * Models often hand a function its arguments as a JSON text; such a text that holds an object or a list is read
 * as JSON, so that an expectation can name its fields.
 */
export const asJson = (value: JsonValue): JsonValue => {
  if (typeof value !== 'string' || !/^\s*[[{]/.test(value)) return value;
  try {
    return JSON.parse(value) as JsonValue;
  } catch {
    return value;
  }
};

/** Whether a value meets its match, and if not, why (a JSON Schema's first complaints). */
export const matchValue = (
  actual: JsonValue,
  match: ValueMatchSpec,
): { passed: boolean; why: string | null } => {
  const value = asJson(actual);
  if ('includes' in match) return { passed: includes(value, match.includes), why: null };
  if ('equals' in match) return { passed: equals(value, match.equals), why: null };
  const { validate, problem } = compileValueSchema(match.schema);
  if (!validate) return { passed: false, why: problem };
  if (validate(value)) return { passed: true, why: null };
  const why = (validate.errors ?? [])
    .slice(0, 3)
    .map((error) => `${error.instancePath || '(the value)'} ${error.message ?? 'is not allowed'}`)
    .join('; ');
  return { passed: false, why };
};
