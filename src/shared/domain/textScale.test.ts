import { describe, expect, it } from 'vitest';
import { largerTextScale, MAX_TEXT_SCALE, MIN_TEXT_SCALE, smallerTextScale } from './textScale';

describe('text scale steps', () => {
  it('steps up and down, and stops at the ends', () => {
    expect(largerTextScale(1)).toBe(1.1);
    expect(smallerTextScale(1)).toBe(0.9);
    expect(largerTextScale(MAX_TEXT_SCALE)).toBe(MAX_TEXT_SCALE);
    expect(smallerTextScale(MIN_TEXT_SCALE)).toBe(MIN_TEXT_SCALE);
  });

  it('takes a value between steps to the neighbouring step', () => {
    expect(largerTextScale(1.05)).toBe(1.1);
    expect(smallerTextScale(1.05)).toBe(1);
  });
});
