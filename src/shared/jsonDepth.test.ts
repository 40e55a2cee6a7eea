import { describe, expect, it } from 'vitest';
import { exceedsDepth } from './jsonDepth';

const nested = (levels: number): unknown => {
  let value: unknown = 'leaf';
  for (let level = 0; level < levels; level += 1) value = level % 2 ? [value] : { a: value };
  return value;
};

describe('exceedsDepth', () => {
  it('accepts values up to the limit and refuses one level more', () => {
    expect(exceedsDepth(nested(3), 3)).toBe(false);
    expect(exceedsDepth(nested(4), 3)).toBe(true);
    expect(exceedsDepth({ a: { b: [] } }, 2)).toBe(false);
    expect(exceedsDepth('text', 0)).toBe(false);
  });

  it('walks a million levels without overflowing the stack', () => {
    expect(exceedsDepth(nested(1_000_000))).toBe(true);
  });
});
