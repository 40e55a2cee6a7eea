import { randomUUID } from 'node:crypto';
import type { HistoryEntry } from '../../shared/domain/famulor';

/**
 * A thread opens at its latest messages. Main sends those at once and holds the earlier entries of the same
 * answer until the reader asks for them, so the first screen does not wait for a 10,000-message history to be
 * serialised, sent and parsed — and the rest comes from that answer, not from a second call to Famulor.
 * A hold is taken once; a reader closed before asking leaves one behind, so there are few and they expire.
 */
export interface HistoryHolds {
  /** The latest `latest` entries, and the earlier ones held under a new id (null when there are none). */
  split(
    history: HistoryEntry[],
    latest: number,
  ): { latest: HistoryEntry[]; earlier: { count: number; hold: string } | null };
  /** The held entries, once; null for an unknown, taken or expired hold. */
  take(hold: string): HistoryEntry[] | null;
}

export interface HistoryHoldsOptions {
  /** Holds kept at once; opening another forgets the oldest. */
  capacity?: number;
  expiresAfterMs?: number;
}

// Two readers' worth: a thread and the one opened right after it, in the moment before the first asks.
const DEFAULT_CAPACITY = 2;
// The reader asks in the same breath as it shows the latest entries; a minute covers a busy machine.
const DEFAULT_EXPIRY_MS = 60_000;

export const createHistoryHolds = ({
  capacity = DEFAULT_CAPACITY,
  expiresAfterMs = DEFAULT_EXPIRY_MS,
}: HistoryHoldsOptions = {}): HistoryHolds => {
  const held = new Map<string, { entries: HistoryEntry[]; expiry: NodeJS.Timeout }>();

  const release = (hold: string) => {
    const entry = held.get(hold);
    if (!entry) return null;
    clearTimeout(entry.expiry);
    held.delete(hold);
    return entry.entries;
  };

  return {
    split(history, latest) {
      const count = Math.max(0, history.length - latest);
      if (count === 0) return { latest: history, earlier: null };
      while (held.size >= capacity) {
        const oldest = held.keys().next().value;
        if (oldest === undefined) break;
        release(oldest);
      }
      const hold = randomUUID();
      const expiry = setTimeout(() => release(hold), expiresAfterMs);
      // A forgotten hold must not keep the host (or a test run) alive.
      expiry.unref();
      held.set(hold, { entries: history.slice(0, count), expiry });
      return { latest: history.slice(count), earlier: { count, hold } };
    },
    take: release,
  };
};
