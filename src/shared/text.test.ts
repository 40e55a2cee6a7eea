import { describe, expect, it } from 'vitest';
import { escapeRegExp } from './text';

describe('escapeRegExp', () => {
  it('makes a pattern that matches the text itself, whatever it holds', () => {
    const text = 'a.b*c+d?e^f${g}(h)|[i]\\j';
    const pattern = new RegExp(`^${escapeRegExp(text)}$`);
    expect(pattern.test(text)).toBe(true);
    expect(pattern.test(text.replace('.', 'x'))).toBe(false);
    expect(escapeRegExp('plain words')).toBe('plain words');
  });
});
