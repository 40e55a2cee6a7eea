import { describe, expect, it } from 'vitest';
import type { ConversationSummary } from '../../../shared/domain/famulor';
import { nextSort, sortThreads } from './threadOrder';
import { summary } from '../../testing/threadsTestKit';

const row = (id: string, createdAt: string | null, updatedAt: string | null, messageCount: number) =>
  summary(id, { createdAt, updatedAt, messageCount });

// Famulor's order: newest started first. "b" started before "a" but was active today.
const page = [
  row('a', '2026-12-02 09:00:00', '2026-12-02 09:05:00', 4),
  row('b', '2026-11-20 08:00:00', '2026-12-03 07:10:00', 30),
  row('c', '2026-11-19 08:00:00', null, 1),
  row('d', '2026-11-18 08:00:00', '2026-11-18 08:30:00', 4),
];
const ids = (rows: readonly ConversationSummary[]) => rows.map((each) => each.id).join('');

describe('thread order on a page', () => {
  it('keeps Famulor’s order until a column is chosen', () => {
    expect(ids(sortThreads(page, null))).toBe('abcd');
  });

  it('puts the latest update first, rows without one last, ties in Famulor’s order', () => {
    expect(ids(sortThreads(page, { column: 'updated', direction: 'descending' }))).toBe('badc');
    expect(ids(sortThreads(page, { column: 'updated', direction: 'ascending' }))).toBe('dabc');
    expect(ids(sortThreads(page, { column: 'messages', direction: 'descending' }))).toBe('badc');
    expect(ids(sortThreads(page, { column: 'started', direction: 'ascending' }))).toBe('dcba');
  });

  it('cycles a header: descending, ascending, Famulor’s order; another column starts descending', () => {
    const first = nextSort(null, 'updated');
    expect(first).toEqual({ column: 'updated', direction: 'descending' });
    const second = nextSort(first, 'updated');
    expect(second).toEqual({ column: 'updated', direction: 'ascending' });
    expect(nextSort(second, 'updated')).toBeNull();
    expect(nextSort(second, 'cost')).toEqual({ column: 'cost', direction: 'descending' });
  });
});
