import { randomUUID } from 'node:crypto';
import { constants, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { applySessionCommands } from '../../shared/domain/applySessionCommand';
import { SessionSchema, type Session } from '../../shared/domain/session';
import type { SessionCommand } from '../../shared/domain/sessionCommands';
import { summarize } from '../../shared/domain/sessionSummary';
import type { StoreProblem, StoreProblemSubject } from '../../shared/domain/storeProblem';
import { AppFailure } from '../../shared/result';
import { parseUnknown } from '../../shared/validation/parseUnknown';
import { buildExport, parseExport, planImport } from './exportImport';
import { SAFE_STORAGE_FILE_NAME } from '../secrets/safeStorageVault';
import { asidePath } from '../storage/fileSafety';
import { settleInterruptedWrites } from '../storage/interruptedWrites';
import { openJsonFile } from '../storage/jsonFile';
import { SessionFiles } from './sessionFiles';
import { indexEntry, SessionIndexFile, type IndexEntry } from './sessionIndex';
import { createSessionSearch } from './searchIndex';
import type { SessionStore, SessionStoreOptions } from './sessionStoreApi';
import { createSessionWriter, storageFailure } from './sessionWriter';

export type {
  AppliedChange,
  ImportOptions,
  LoadResult,
  NewSession,
  SessionStore,
  SessionStoreOptions,
} from './sessionStoreApi';
export type { ExportOptions } from './exportImport';

export const SESSIONS_FOLDER = 'sessions';

const changesDraftOnly = (command: SessionCommand) =>
  command.type === 'setDraft' || command.type === 'replaceDraft';

// Temp files of the user data folder worth recovering; the index is a cache and is rebuilt instead.
const USER_DATA_SUBJECTS: Record<string, StoreProblemSubject> = {
  'settings.json': 'settings',
  [`${SAFE_STORAGE_FILE_NAME}.json`]: 'keyVault',
};

export const createSessionStore = (options: SessionStoreOptions): SessionStore => {
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? randomUUID;
  const logger = options.logger ?? console;
  const files = new SessionFiles(join(options.dir, SESSIONS_FOLDER), openJsonFile, now);
  const indexFile = new SessionIndexFile(options.dir, openJsonFile, now);
  const entries = new Map<string, IndexEntry>();
  const sessions = new Map<string, Session>();
  const problems: StoreProblem[] = [];
  let loaded = false;
  const writer = createSessionWriter({ files, indexFile, sessions, entries, options, logger });

  const requireLoaded = () => {
    if (!loaded) throw new AppFailure({ code: 'internal', reason: 'store_not_loaded' });
  };

  const forget = (id: string) => {
    search.invalidate(id);
    writer.cancel(id);
    sessions.delete(id);
    entries.delete(id);
    writer.scheduleIndex();
  };

  /** The live session (lazily read from its file); callers outside the store only ever get copies. */
  const live = (id: string): Session => {
    requireLoaded();
    const cached = sessions.get(id);
    if (cached) return cached;
    if (!entries.has(id)) throw new AppFailure({ code: 'not_found', reason: 'session_gone' });
    const result = files.read(id);
    if (result.kind === 'ok') {
      sessions.set(id, result.session);
      entries.set(id, indexEntry(result.session, result.stamp));
      return result.session;
    }
    forget(id);
    if (result.kind === 'missing') {
      throw new AppFailure({
        code: 'not_found',
        reason: 'session_gone',
        diagnostic: 'its file is gone',
      });
    }
    problems.push(result.problem);
    throw storageFailure('session_file_unusable', undefined, {
      problem: result.problem.code,
      ...(result.problem.movedTo ? { movedTo: result.problem.movedTo } : {}),
    });
  };

  const persistNow = (session: Session): Session => {
    search.invalidate(session.id);
    sessions.set(session.id, session);
    try {
      writer.writeNow(session.id);
    } catch (error) {
      sessions.delete(session.id);
      throw storageFailure('session_not_saved', error);
    }
    return structuredClone(session);
  };

  /** For search: the session without keeping it in memory (search keeps its text; the store keeps what is open). */
  const peek = (id: string): Session | null => {
    const cached = sessions.get(id);
    if (cached) return cached;
    try {
      const session = live(id);
      sessions.delete(id);
      return session;
    } catch {
      return null;
    }
  };
  // A search prepared in the background stops reading once the store is closed (its folder may be gone).
  let closed = false;
  const search = createSessionSearch({
    order: () => store.list().map((entry) => entry.id),
    read: (id) => (closed ? null : peek(id)),
  });

  const validSession = (candidate: unknown): Session => parseUnknown(SessionSchema, candidate);

  /**
   * A session file exists with this id, listed or not: a file left untouched because a newer version of the
   * app wrote it is not in the list, and must never be overwritten without asking.
   */
  const existsOnDisk = (id: string): boolean => entries.has(id) || files.stamp(id) !== null;

  /**
   * Whether what is on disk under this id is newer than `incoming`: a file the app cannot read because a newer
   * version wrote it, or a session changed after the copy being brought back.
   */
  const isNewerThan = (incoming: Session): boolean => {
    if (!entries.has(incoming.id)) return files.stamp(incoming.id) !== null;
    const current = entries.get(incoming.id);
    return current !== undefined && Date.parse(current.updatedAt) > Date.parse(incoming.updatedAt);
  };

  /** Keeps a copy of a session file before an import replaces it with an older one. */
  const backUp = (id: string): string => {
    const target = asidePath(files.pathOf(id), 'replaced', now());
    copyFileSync(files.pathOf(id), target, constants.COPYFILE_EXCL);
    return target;
  };

  const store: SessionStore = {
    async load() {
      const found = [
        ...settleInterruptedWrites(files.dir, () => 'session', now()),
        ...settleInterruptedWrites(options.dir, (name) => USER_DATA_SUBJECTS[name] ?? null, now()),
      ];
      const result = indexFile.load(files);
      entries.clear();
      for (const [id, entry] of result.entries) entries.set(id, entry);
      for (const [id, session] of result.sessionsRead) sessions.set(id, session);
      found.push(...result.problems);
      problems.push(...found);
      loaded = true;
      if (result.changed) writer.writeIndexNow();
      return { sessions: store.list(), problems: found };
    },
    problems: () => [...problems],
    list() {
      requireLoaded();
      return [...entries.values()]
        .map(({ file: _file, ...summary }) => summary)
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    },
    get: (id) => structuredClone(live(id)),
    search: (query) => {
      requireLoaded();
      return search.search(query);
    },
    prepareSearch: () => search.prepare(),
    create(input = {}) {
      requireLoaded();
      const at = now().toISOString();
      const session = validSession({
        name: 'New session',
        notes: '',
        panes: [],
        variableSets: [],
        replayScripts: [],
        lastComparison: null,
        ...input,
        id: newId(),
        createdAt: at,
        updatedAt: at,
        revision: 0,
      });
      return persistNow(session);
    },
    apply(id, commands) {
      const current = live(id);
      // The commands were validated at the boundary and the reducers keep every bound, so the session is not
      // validated again: a keystroke costs its command, not a pass over the whole transcript.
      const changed = applySessionCommands(current, commands, now().toISOString());
      const next = { ...changed, revision: current.revision + 1 };
      sessions.set(id, next);
      const draftOnly = commands.every(changesDraftOnly);
      if (!draftOnly) search.invalidate(id);
      writer.schedule(id, draftOnly);
      return { revision: next.revision, summary: summarize(next) };
    },
    duplicate(id, name) {
      const source = live(id);
      const at = now().toISOString();
      const copyName = name ?? `${source.name} (copy)`;
      return persistNow(
        validSession({
          ...structuredClone(source),
          id: newId(),
          name: copyName,
          createdAt: at,
          updatedAt: at,
          revision: 0,
        }),
      );
    },
    delete(id) {
      const session = live(id);
      writer.cancel(id);
      try {
        files.remove(id);
      } catch (error) {
        throw storageFailure('session_not_deleted', error);
      }
      forget(id);
      return structuredClone(session);
    },
    restore(session) {
      requireLoaded();
      const valid = validSession(session);
      if (existsOnDisk(valid.id)) {
        throw new AppFailure({
          code: 'validation',
          reason: 'session_id_taken',
          params: { id: valid.id },
        });
      }
      return persistNow(valid);
    },
    async flush(id) {
      writer.flush(id);
    },
    async close() {
      closed = true;
      try {
        await store.flush();
      } finally {
        writer.dispose();
      }
    },
    exportSessions(exportOptions = {}) {
      requireLoaded();
      const ids = exportOptions.ids ?? [...entries.keys()];
      return buildExport(
        ids.map((id) => live(id)),
        exportOptions,
        now(),
      );
    },
    importSessions(data, importOptions = {}) {
      requireLoaded();
      const incoming = parseExport(data);
      const plan = planImport(incoming.sessions, existsOnDisk, importOptions.onConflict, newId);
      for (const session of plan.toWrite) {
        if (plan.report.replaced.includes(session.id) && isNewerThan(session)) {
          plan.report.backups.push({ id: session.id, file: backUp(session.id) });
        }
        persistNow(session);
      }
      const refused = plan.report.conflicts.length > 0 && importOptions.onConflict === undefined;
      if (!refused && importOptions.importVersions)
        plan.report.assistantVersions = importOptions.importVersions(incoming.assistantVersions);
      return plan.report;
    },
  };
  return store;
};
