import { z } from 'zod';

/** Where a cursor points: just past (next) or just before (prev) the item with this sort key. */
interface CursorPosition {
  createdAtMs: number;
  id: string;
  pointsToNextItems: boolean;
}

export interface SortKey {
  createdAtMs: number;
  id: string;
}

// Laravel's cursors are base64 JSON of the sort columns plus `_pointsToNextItems`; clients must treat them as opaque.
const CursorSchema = z.object({
  created_at: z.number().int(),
  id: z.string().min(1),
  _pointsToNextItems: z.boolean(),
});

export const encodeCursor = (position: CursorPosition): string =>
  Buffer.from(
    JSON.stringify({
      created_at: position.createdAtMs,
      id: position.id,
      _pointsToNextItems: position.pointsToNextItems,
    }),
  ).toString('base64url');

/** Null when the text is not a cursor this simulator issued. */
export const decodeCursor = (text: string): CursorPosition | null => {
  try {
    const parsed = CursorSchema.safeParse(
      JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown,
    );
    if (!parsed.success) return null;
    return {
      createdAtMs: parsed.data.created_at,
      id: parsed.data.id,
      pointsToNextItems: parsed.data._pointsToNextItems,
    };
  } catch {
    return null;
  }
};

/**
 * Newest first, ties broken by id. Creation time rather than last activity: a conversation that receives a
 * message while someone pages through the list must not jump between pages.
 */
export const newestFirst = (left: SortKey, right: SortKey): number =>
  right.createdAtMs - left.createdAtMs || (left.id < right.id ? 1 : left.id > right.id ? -1 : 0);

export interface CursorPage<T> {
  items: T[];
  nextCursor: string | null;
  prevCursor: string | null;
}

/** Keyset pagination over items already sorted with `newestFirst`. */
export const paginateByCursor = <T>(
  sorted: readonly T[],
  keyOf: (item: T) => SortKey,
  perPage: number,
  cursor: CursorPosition | null,
): CursorPage<T> => {
  let start: number;
  let end: number;
  if (cursor === null) {
    start = 0;
    end = Math.min(sorted.length, perPage);
  } else if (cursor.pointsToNextItems) {
    const after = sorted.findIndex((item) => newestFirst(keyOf(item), cursor) > 0);
    start = after === -1 ? sorted.length : after;
    end = Math.min(sorted.length, start + perPage);
  } else {
    const atOrAfter = sorted.findIndex((item) => newestFirst(keyOf(item), cursor) >= 0);
    end = atOrAfter === -1 ? sorted.length : atOrAfter;
    start = Math.max(0, end - perPage);
  }
  const items = sorted.slice(start, end);
  const first = items[0];
  const last = items[items.length - 1];
  return {
    items,
    nextCursor:
      last && end < sorted.length ? encodeCursor({ ...keyOf(last), pointsToNextItems: true }) : null,
    prevCursor: first && start > 0 ? encodeCursor({ ...keyOf(first), pointsToNextItems: false }) : null,
  };
};
