import type { Session } from '../../shared/domain/session';
import type { AppError } from '../../shared/result';
import { call } from '../lib/api';

export const SAVE_DEBOUNCE_MS = 300;
/** Longest a change waits while changes keep coming (steady typing, a stream of replies). */
export const SAVE_MAX_WAIT_MS = 2000;

export interface SessionSaver {
  /** Saves the latest version once changes pause for SAVE_DEBOUNCE_MS, or SAVE_MAX_WAIT_MS after the first unsaved one. */
  schedule(session: Session): void;
  /** Writes a pending save now (before another session opens, so nothing typed is lost). */
  flush(): Promise<void>;
  /** A newer version is waiting for its write. */
  isPending(): boolean;
  /** Drops a waiting write: its session was replaced on disk (an import), and the old version must not return. */
  discard(): void;
}

/**
 * Debounces `sessions:save`: typing into a draft changes the session on every key press, and one write per
 * pause is enough (main coalesces writes as well). Only the newest version of a session is ever sent.
 */
export const createSessionSaver = (
  onSaved: () => void,
  onFailed: (error: AppError) => void,
): SessionSaver => {
  let pending: Session | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstUnsavedAt: number | null = null;

  const write = async () => {
    if (timer) clearTimeout(timer);
    timer = null;
    firstUnsavedAt = null;
    const session = pending;
    pending = null;
    if (!session) return;
    const result = await call('sessions:save', { session });
    if (result.ok) onSaved();
    else onFailed(result.error);
  };

  return {
    schedule(session) {
      pending = session;
      firstUnsavedAt ??= Date.now();
      if (timer) clearTimeout(timer);
      const untilMaxWait = firstUnsavedAt + SAVE_MAX_WAIT_MS - Date.now();
      timer = setTimeout(() => void write(), Math.max(0, Math.min(SAVE_DEBOUNCE_MS, untilMaxWait)));
    },
    flush: write,
    isPending: () => pending !== null,
    discard() {
      if (timer) clearTimeout(timer);
      timer = null;
      firstUnsavedAt = null;
      pending = null;
    },
  };
};
