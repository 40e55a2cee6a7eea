import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HistoryEntry } from '../../shared/domain/famulor';
import { createHistoryHolds } from './historyHolds';

const entries = (count: number): HistoryEntry[] =>
  Array.from({ length: count }, (_, index) => ({
    role: index % 2 ? 'assistant' : 'user',
    content: `message ${index}`,
    functionCalls: [],
  }));

afterEach(() => vi.useRealTimers());

describe('history holds', () => {
  it('sends the latest entries and holds the earlier ones, in order, for one taking', () => {
    const holds = createHistoryHolds();
    const history = entries(250);
    const split = holds.split(history, 100);
    expect(split.latest).toEqual(history.slice(150));
    expect(split.earlier?.count).toBe(150);
    const hold = split.earlier?.hold ?? '';
    expect(holds.take(hold)).toEqual(history.slice(0, 150));
    expect(holds.take(hold)).toBeNull();
  });

  it('holds nothing when the history fits', () => {
    const holds = createHistoryHolds();
    const history = entries(100);
    expect(holds.split(history, 100)).toEqual({ latest: history, earlier: null });
  });

  it('forgets the oldest hold beyond its capacity, and every hold after a while', () => {
    vi.useFakeTimers();
    const holds = createHistoryHolds({ capacity: 2, expiresAfterMs: 1000 });
    const [first, second, third] = [1, 2, 3].map((_) => holds.split(entries(5), 1).earlier?.hold ?? '');
    expect(holds.take(first ?? '')).toBeNull();
    vi.advanceTimersByTime(999);
    expect(holds.take(second ?? '')).toHaveLength(4);
    vi.advanceTimersByTime(1);
    expect(holds.take(third ?? '')).toBeNull();
  });

  it('does not know a hold it never made', () => {
    expect(createHistoryHolds().take('not-a-hold')).toBeNull();
  });
});
