import type { ScratchCopy } from '../../../shared/domain/assistantLab';
import { useAppStore, type AppState } from '../../stores/appStore';

/** A scratch copy shown in a comparison session; `seen` once one of that session's panes showed it. */
interface Watched {
  sessionId: string;
  copy: ScratchCopy;
  seen: boolean;
}

let watched: Watched[] = [];
let unsubscribe: (() => void) | null = null;

/**
 * Whether the person closed the comparison for this copy: closed the copy's last pane in its session, or deleted
 * that session and no longer has the undo of the deletion (a session brought back must still find its copies).
 */
const isClosed = (entry: Watched, { sessions }: AppState): boolean => {
  if (sessions.status !== 'ready') return false;
  if (!sessions.list.some((summary) => summary.id === entry.sessionId))
    return sessions.lastDeleted?.id !== entry.sessionId;
  if (sessions.current?.id !== entry.sessionId) return false;
  const shown = sessions.current.panes.some((pane) => pane.assistant.id === entry.copy.assistantId);
  if (shown) entry.seen = true;
  return entry.seen && !shown;
};

/**
 * Deletes a comparison's scratch copies on Famulor as the comparison is closed. Copies of a comparison not closed
 * before the app ended stay on record in main and are offered for deletion at the next start.
 */
export const watchComparison = (
  sessionId: string,
  copies: readonly ScratchCopy[],
  discard: (copy: ScratchCopy) => Promise<unknown>,
): void => {
  watched.push(...copies.map((copy) => ({ sessionId, copy, seen: false })));
  const check = (state: AppState) => {
    const closed = watched.filter((entry) => isClosed(entry, state));
    if (closed.length === 0) return;
    watched = watched.filter((entry) => !closed.includes(entry));
    if (watched.length === 0) {
      unsubscribe?.();
      unsubscribe = null;
    }
    // A failed deletion stays on record in main: the lab shows it among the copies to delete.
    for (const { copy } of closed) void discard(copy);
  };
  unsubscribe ??= useAppStore.subscribe(check);
  check(useAppStore.getState());
};

/** Stops watching (a copy deleted by the lab's own button, or the tests' clean slate). */
export const unwatchCopy = (assistantId: number | 'all'): void => {
  watched = watched.filter((entry) => assistantId !== 'all' && entry.copy.assistantId !== assistantId);
  if (watched.length === 0) {
    unsubscribe?.();
    unsubscribe = null;
  }
};
