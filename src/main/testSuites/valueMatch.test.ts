import { describe, expect, it } from 'vitest';
import { asJson, compileValueSchema, equals, includes, matchValue } from './valueMatch';

describe('includes (a part of an object)', () => {
  it('asks only for the keys given, recursively', () => {
    expect(includes({ a: 1, b: { c: 2, d: 3 } }, { b: { c: 2 } })).toBe(true);
    expect(includes({ a: 1, b: { c: 2 } }, { b: { c: 3 } })).toBe(false);
    expect(includes({ a: 1 }, { z: null })).toBe(false);
  });

  it('compares lists element by element, as long as each other', () => {
    expect(includes({ slots: ['09:00', '10:30'] }, { slots: ['09:00', '10:30'] })).toBe(true);
    expect(includes({ slots: ['09:00', '10:30'] }, { slots: ['09:00'] })).toBe(false);
    expect(includes([{ id: 1, x: 2 }], [{ id: 1 }])).toBe(true);
  });

  it('does not take a number for its text or a list for an object', () => {
    expect(includes({ minutes: 30 }, { minutes: '30' })).toBe(false);
    expect(includes([], {})).toBe(false);
  });
});

describe('equals', () => {
  it('wants every key and no other, in any order', () => {
    expect(equals({ b: 1, a: [1, { c: 2 }] }, { a: [1, { c: 2 }], b: 1 })).toBe(true);
    expect(equals({ a: 1, b: 2 }, { a: 1 })).toBe(false);
    expect(equals([1, 2], [1, 2, 3])).toBe(false);
    expect(equals({}, [])).toBe(false);
  });
});

describe('asJson', () => {
  it('reads a JSON text holding an object or a list, and leaves other texts alone', () => {
    expect(asJson('{"date":"2026-12-10"}')).toEqual({ date: '2026-12-10' });
    expect(asJson(' [1,2]')).toEqual([1, 2]);
    expect(asJson('{not json')).toBe('{not json');
    expect(asJson('42')).toBe('42');
  });
});

describe('a JSON Schema match', () => {
  it('says why a value does not meet it', () => {
    const outcome = matchValue(
      { date: 10 },
      { schema: { type: 'object', properties: { date: { type: 'string' } } } },
    );
    expect(outcome.passed).toBe(false);
    expect(outcome.why).toBe('/date must be string');
  });

  it('refuses a schema ajv cannot compile', () => {
    expect(compileValueSchema({ type: 'no-such-type' }).problem).toMatch(/type/);
    expect(compileValueSchema({ type: 'string' }).problem).toBeNull();
  });
});
