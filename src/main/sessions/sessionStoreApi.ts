import type { AssistantVersion } from '../../shared/domain/assistantLab';
import type {
  ImportConflictPolicy,
  ImportReport,
  Session,
  SessionExport,
  SessionSummary,
} from '../../shared/domain/session';
import type { SessionCommand } from '../../shared/domain/sessionCommands';
import type { SessionSearchHit } from '../../shared/domain/sessionSearch';
import type { StoreProblem } from '../../shared/domain/storeProblem';
import type { ExportOptions } from './exportImport';

/** The session store's public surface; the implementation is in sessionStore.ts. */

export interface SessionStoreOptions {
  /** The user data folder: `session-index.json` and `sessions/<id>.json` live here. */
  dir: string;
  /** Quiet time before a changed session is written. */
  debounceMs?: number;
  /** Longest a change waits while changes keep coming. */
  maxWaitMs?: number;
  /** The index is a cache (see sessionIndex.ts), so it is written less eagerly than the sessions. */
  indexDebounceMs?: number;
  now?: () => Date;
  newId?: () => string;
  logger?: { error(message: string, detail?: unknown): void };
}

export interface LoadResult {
  sessions: SessionSummary[];
  problems: StoreProblem[];
}

export type NewSession = Partial<Omit<Session, 'id' | 'createdAt' | 'updatedAt' | 'revision'>>;
/** What main answers a change with: the session's new revision and its list entry. */
export interface AppliedChange {
  revision: number;
  summary: SessionSummary;
}
export interface ImportOptions {
  onConflict?: ImportConflictPolicy;
  /**
   * Keeps the file's prompt-lab versions (unless the import was refused for its conflicts); returns how many were
   * new. Without it the versions are not imported.
   */
  importVersions?: (versions: AssistantVersion[]) => number;
}

export interface SessionStore {
  load(): Promise<LoadResult>;
  /** Everything found wrong with files since load, oldest first. */
  problems(): StoreProblem[];
  list(): SessionSummary[];
  get(id: string): Session;
  /** Full-text search over every session (searchIndex.ts). */
  search(query: string): SessionSearchHit[];
  /**
   * Reads the sessions' texts for search in the background, a few at a time, so that the first search does not
   * wait for every file; resolves when all are read.
   */
  prepareSearch(): Promise<void>;
  create(input?: NewSession): Session;
  /** Applies the commands in order as one revision and schedules the write. */
  apply(id: string, commands: readonly SessionCommand[]): AppliedChange;
  duplicate(id: string, name?: string): Session;
  /** Deletes the file now and returns the session, so the UI can offer undo through `restore`. */
  delete(id: string): Session;
  restore(session: Session): Session;
  /** Writes pending changes now: of one session, or of everything including the index. */
  flush(id?: string): Promise<void>;
  close(): Promise<void>;
  exportSessions(options?: ExportOptions): SessionExport;
  importSessions(data: unknown, options?: ImportOptions): ImportReport;
}
