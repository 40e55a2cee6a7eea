import { describe, expect, it } from 'vitest';
import { sameJson } from './sameJson';

describe('sameJson', () => {
  it('compares by value, whatever the order of keys', () => {
    expect(sameJson({ type: 'end_call', description: 'x' }, { description: 'x', type: 'end_call' })).toBe(
      true,
    );
    expect(sameJson([{ a: 1, b: [1, 2] }], [{ b: [1, 2], a: 1 }])).toBe(true);
    expect(sameJson(null, null)).toBe(true);
  });

  it('tells different values apart: a missing key, another order of items, another type', () => {
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson({ a: '1' }, { a: 1 })).toBe(false);
    expect(sameJson([], {})).toBe(false);
    expect(sameJson(null, {})).toBe(false);
    expect(sameJson({ constructor: 1 }, {})).toBe(false);
  });
});
