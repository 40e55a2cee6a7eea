import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, newestFirst, paginateByCursor, type SortKey } from './pagination';

const items: SortKey[] = Array.from({ length: 5 }, (_, index) => ({
  createdAtMs: 1000 - index * 10,
  id: `c${index}`,
}));
const ids = (keys: SortKey[]) => keys.map((key) => key.id);

describe('cursor pagination', () => {
  it('round-trips a cursor and refuses foreign text', () => {
    const cursor = encodeCursor({ createdAtMs: 5, id: 'x', pointsToNextItems: false });
    expect(decodeCursor(cursor)).toEqual({ createdAtMs: 5, id: 'x', pointsToNextItems: false });
    expect(decodeCursor('garbage')).toBeNull();
    expect(decodeCursor(Buffer.from('{"id":3}').toString('base64url'))).toBeNull();
  });

  it('has no cursors when everything fits, and none for an empty list', () => {
    expect(paginateByCursor(items, (key) => key, 5, null)).toMatchObject({
      nextCursor: null,
      prevCursor: null,
    });
    expect(paginateByCursor([], (key: SortKey) => key, 5, null)).toEqual({
      items: [],
      nextCursor: null,
      prevCursor: null,
    });
  });

  it('walks forward and back, breaking equal timestamps by id', () => {
    const tied = [...items, { createdAtMs: 960, id: 'c9' }].sort(newestFirst);
    expect(ids(tied).slice(-2)).toEqual(['c9', 'c4']);
    const first = paginateByCursor(tied, (key) => key, 4, null);
    expect(ids(first.items)).toEqual(['c0', 'c1', 'c2', 'c3']);
    const second = paginateByCursor(tied, (key) => key, 4, decodeCursor(first.nextCursor ?? ''));
    expect(ids(second.items)).toEqual(['c9', 'c4']);
    expect(second.nextCursor).toBeNull();
    const back = paginateByCursor(tied, (key) => key, 4, decodeCursor(second.prevCursor ?? ''));
    expect(ids(back.items)).toEqual(ids(first.items));
    expect(back.prevCursor).toBeNull();
  });
});
