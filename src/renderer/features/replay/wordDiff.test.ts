import { describe, expect, it } from 'vitest';
import { isIdentical, wordDiff } from './wordDiff';

describe('wordDiff', () => {
  it('marks the words that changed between two replies', () => {
    const segments = wordDiff('I have 09:00 and 10:30 free.', 'I have 09:00 free.');
    expect(
      segments
        .filter((segment) => segment.kind !== 'same')
        .map((segment) => [segment.kind, segment.text.trim()]),
    ).toEqual([['removed', 'and 10:30']]);
    expect(segments.map((segment) => (segment.kind === 'removed' ? '' : segment.text)).join('')).toBe(
      'I have 09:00 free.',
    );
    expect(isIdentical(segments)).toBe(false);
  });

  it('finds identical replies identical', () => {
    expect(isIdentical(wordDiff('Same text.', 'Same text.'))).toBe(true);
  });
});
