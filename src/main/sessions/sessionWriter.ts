import type { ErrorParams, ErrorReason } from '../../shared/errorReasons';
import type { Session } from '../../shared/domain/session';
import { AppFailure } from '../../shared/result';
import type { SessionFiles } from './sessionFiles';
import { indexEntry, type IndexEntry, type SessionIndexFile } from './sessionIndex';
import type { SessionStoreOptions } from './sessionStoreApi';
import { WriteCoalescer } from './writeCoalescer';

const INDEX_KEY = 'index';

export const storageFailure = (reason: ErrorReason, error?: unknown, params?: ErrorParams) =>
  new AppFailure({
    code: 'storage',
    reason,
    ...(params ? { params } : {}),
    ...(error === undefined ? {} : { diagnostic: error instanceof Error ? error.message : String(error) }),
  });

export interface SessionWriterDeps {
  files: SessionFiles;
  indexFile: SessionIndexFile;
  /** The store's live sessions and its index entries, which a write reads and updates. */
  sessions: Map<string, Session>;
  entries: Map<string, IndexEntry>;
  options: Pick<SessionStoreOptions, 'debounceMs' | 'maxWaitMs' | 'indexDebounceMs'>;
  logger: NonNullable<SessionStoreOptions['logger']>;
}

/**
 * How the session store's changes reach the disk: each session's writes coalesced (a session whose only changes
 * are drafts writes its small drafts file instead of the whole session), the index's likewise, and a failed write
 * remembered until `flush` reports it.
 */
export const createSessionWriter = ({
  files,
  indexFile,
  sessions,
  entries,
  options,
  logger,
}: SessionWriterDeps) => {
  const lastWriteError = new Map<string, string>();
  const onWriteError = (key: string, error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    lastWriteError.set(key, message);
    logger.error(`Could not save ${key === INDEX_KEY ? 'the session list' : `session ${key}`}`, message);
  };
  const indexWrites = new WriteCoalescer({
    delayMs: options.indexDebounceMs ?? 1000,
    maxWaitMs: Math.max(options.indexDebounceMs ?? 1000, 5000),
    write: () => indexFile.write(entries.values()),
    onError: onWriteError,
  });
  /** Sessions whose unsaved changes are drafts only: their next write is the small drafts file. */
  const draftsOnly = new Set<string>();
  const writeSession = (id: string) => {
    const session = sessions.get(id);
    if (!session) return;
    if (draftsOnly.has(id)) {
      files.writeDrafts(session);
    } else {
      entries.set(id, indexEntry(session, files.write(session)));
      files.removeDrafts(id);
      indexWrites.schedule(INDEX_KEY);
    }
    draftsOnly.delete(id);
    lastWriteError.delete(id);
  };
  const sessionWrites = new WriteCoalescer({
    delayMs: options.debounceMs ?? 300,
    maxWaitMs: options.maxWaitMs ?? 2000,
    write: writeSession,
    onError: onWriteError,
  });

  const cancel = (id: string) => {
    sessionWrites.cancel(id);
    draftsOnly.delete(id);
  };

  return {
    cancel,
    /** Writes the session at once (it was just created, imported or restored); throws when that fails. */
    writeNow(id: string) {
      cancel(id);
      writeSession(id);
    },
    /** A change to write soon; `draftOnly` when it changed nothing but drafts. */
    schedule(id: string, draftOnly: boolean) {
      if (!draftOnly) draftsOnly.delete(id);
      // Drafts alone may go to the drafts file only if nothing else waits to be written.
      else if (!sessionWrites.isPending(id)) draftsOnly.add(id);
      sessionWrites.schedule(id);
    },
    scheduleIndex: () => indexWrites.schedule(INDEX_KEY),
    writeIndexNow() {
      indexWrites.schedule(INDEX_KEY);
      indexWrites.flush(INDEX_KEY);
    },
    /** Writes what waits (of one session, or everything); throws naming what could not be saved. */
    flush(id?: string) {
      const failed =
        id === undefined
          ? [...sessionWrites.flushAll(), ...indexWrites.flushAll()]
          : sessionWrites.flush(id)
            ? []
            : [id];
      if (failed.length > 0) {
        const detail = failed.map((key) => lastWriteError.get(key) ?? 'unknown error').join('; ');
        throw storageFailure('changes_not_saved', detail, { count: failed.length });
      }
    },
    dispose() {
      sessionWrites.dispose();
      indexWrites.dispose();
    },
  };
};
