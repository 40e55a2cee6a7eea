import type { ConversationSummary } from '../../../shared/domain/famulor';
import { parseMoment } from '../../lib/dateTime';

/**
 * Famulor's list has no sort parameter and lists newest-started conversations first, so "last update" order can
 * only be the loaded page's: the table says so rather than implying the whole account is sorted.
 */
export const SORTABLE_COLUMNS = ['messages', 'cost', 'started', 'updated'] as const;
export type SortColumn = (typeof SORTABLE_COLUMNS)[number];
export interface ThreadSort {
  column: SortColumn;
  direction: 'descending' | 'ascending';
}

const momentMs = (value: string | null): number => (value ? (parseMoment(value)?.getTime() ?? NaN) : NaN);

const valueOf = (row: ConversationSummary, column: SortColumn): number => {
  switch (column) {
    case 'messages':
      return row.messageCount;
    case 'cost':
      return row.totalCost;
    case 'started':
      return momentMs(row.createdAt);
    case 'updated':
      return momentMs(row.updatedAt);
  }
};

/** The page's rows in this order (stable; rows without a value last); null keeps Famulor's order. */
export const sortThreads = (
  rows: readonly ConversationSummary[],
  sort: ThreadSort | null,
): readonly ConversationSummary[] => {
  if (!sort) return rows;
  const sign = sort.direction === 'descending' ? -1 : 1;
  return rows
    .map((row, index) => ({ row, index, value: valueOf(row, sort.column) }))
    .sort((left, right) => {
      const leftMissing = Number.isNaN(left.value);
      const rightMissing = Number.isNaN(right.value);
      if (leftMissing || rightMissing)
        return Number(leftMissing) - Number(rightMissing) || left.index - right.index;
      return sign * (left.value - right.value) || left.index - right.index;
    })
    .map(({ row }) => row);
};

/** A header click: newest/largest first, then the other way, then back to Famulor's order. */
export const nextSort = (current: ThreadSort | null, column: SortColumn): ThreadSort | null => {
  if (current?.column !== column) return { column, direction: 'descending' };
  return current.direction === 'descending' ? { column, direction: 'ascending' } : null;
};
