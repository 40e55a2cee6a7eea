import { describe, expect, it } from 'vitest';
import { findMatches, highlightParts, matchesByMessage, stepMatch } from './threadSearch';

describe('findMatches', () => {
  it('finds every occurrence, case-insensitively, in history order', () => {
    const matches = findMatches(['Order NW-1', 'no', 'order ORDER'], 'order');
    expect(matches).toEqual([
      { messageIndex: 0, start: 0, length: 5 },
      { messageIndex: 2, start: 0, length: 5 },
      { messageIndex: 2, start: 6, length: 5 },
    ]);
  });

  it('treats the query as text, not a pattern', () => {
    expect(findMatches(['a.b (c)', 'axb'], 'a.b')).toHaveLength(1);
    expect(findMatches(['price $5 (net)'], '(net)')).toEqual([{ messageIndex: 0, start: 9, length: 5 }]);
  });

  it('returns nothing for a blank query', () => {
    expect(findMatches(['anything'], '  ')).toEqual([]);
  });

  it('keeps positions right in text with characters whose lower case is longer', () => {
    const [match] = findMatches(['İstanbul Grüße'], 'grüße');
    expect(match).toEqual({ messageIndex: 0, start: 9, length: 5 });
  });
});

describe('highlightParts', () => {
  it('splits a message around its matches and numbers them across the thread', () => {
    const content = 'order, then order';
    const matches = findMatches([content], 'ORDER');
    expect(highlightParts(content, matches, 7)).toEqual([
      { text: 'order', matchNumber: 7 },
      { text: ', then ', matchNumber: null },
      { text: 'order', matchNumber: 8 },
    ]);
  });

  it('returns the whole text when there is no match', () => {
    expect(highlightParts('plain', [], 0)).toEqual([{ text: 'plain', matchNumber: null }]);
    expect(highlightParts('', [], 0)).toEqual([{ text: '', matchNumber: null }]);
  });
});

describe('stepMatch and matchesByMessage', () => {
  it('wraps around at both ends', () => {
    expect(stepMatch(2, 3, 1)).toBe(0);
    expect(stepMatch(0, 3, -1)).toBe(2);
    expect(stepMatch(-1, 3, 1)).toBe(0);
    expect(stepMatch(-1, 0, 1)).toBe(-1);
  });

  it('indexes matches per message', () => {
    const byMessage = matchesByMessage(findMatches(['a a', 'b', 'a'], 'a'));
    expect([...byMessage].map(([index, entry]) => [index, entry.first, entry.matches.length])).toEqual([
      [0, 0, 2],
      [2, 2, 1],
    ]);
  });
});
