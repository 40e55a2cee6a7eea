import { z } from 'zod';
import { SessionSummarySchema, type Session } from '../../shared/domain/session';
import { SESSION_SCHEMA_VERSION } from '../../shared/domain/sessionFormat';
import type { StoreProblem } from '../../shared/domain/storeProblem';
import { backupBeforeMigration, moveAside, readJsonFile } from '../storage/fileSafety';
import { jsonFileOptions, type CreateJsonFile, type JsonFileHandle } from '../storage/jsonFile';
import { describeSchemaError } from './migrations';
import type { Finding } from '../storeProblems/finding';
import type { FileStamp, SessionFiles } from './sessionFiles';
import { summarize } from '../../shared/domain/sessionSummary';

/**
 * The index lists every session without opening its file. It is a cache of the session files: each entry
 * remembers the size and mtime of the file it was built from, and at start-up any file that differs (a write
 * whose index update was lost in a crash, a file copied in by hand) is read again. That is why saving a
 * message may rewrite the index later than the session file without ever leaving a wrong list behind.
 */

export const INDEX_FILE_NAME = 'session-index';

const IndexEntrySchema = SessionSummarySchema.extend({
  file: z.object({ mtimeMs: z.number(), size: z.number().int().nonnegative() }),
});
export type IndexEntry = z.infer<typeof IndexEntrySchema>;

const IndexFileSchema = z.object({
  schemaVersion: z.literal(SESSION_SCHEMA_VERSION),
  entries: z.array(IndexEntrySchema),
});

export const indexEntry = (session: Session, file: FileStamp): IndexEntry => ({
  ...summarize(session),
  file,
});

export interface LoadedIndex {
  entries: Map<string, IndexEntry>;
  /** Sessions that had to be read to rebuild their entries; the store keeps them instead of reading twice. */
  sessionsRead: Map<string, Session>;
  problems: StoreProblem[];
  /** Whether the entries differ from the file and it should be written. */
  changed: boolean;
}

export class SessionIndexFile {
  private handle: JsonFileHandle | null = null;

  constructor(
    private readonly dir: string,
    private readonly createJsonFile: CreateJsonFile,
    private readonly now: () => Date,
  ) {}

  /** Reads the index and brings it in line with the session files on disk. */
  load(files: SessionFiles): LoadedIndex {
    const problems: StoreProblem[] = [];
    const stored = this.readStored(problems);
    const entries = new Map<string, IndexEntry>();
    const sessionsRead = new Map<string, Session>();
    let changed = stored === null;
    const onDisk = new Set(files.listIds());
    for (const id of onDisk) {
      const known = stored?.get(id);
      const stamp = files.stamp(id);
      if (known && stamp && known.file.mtimeMs === stamp.mtimeMs && known.file.size === stamp.size) {
        entries.set(id, known);
        continue;
      }
      changed = true;
      const result = files.read(id);
      if (result.kind === 'ok') {
        entries.set(id, indexEntry(result.session, result.stamp));
        sessionsRead.set(id, result.session);
      } else if (result.kind === 'problem') {
        problems.push(result.problem);
      }
    }
    if (stored && [...stored.keys()].some((id) => !onDisk.has(id))) changed = true;
    return { entries, sessionsRead, problems, changed };
  }

  write(entries: Iterable<IndexEntry>): void {
    this.handle ??= this.createJsonFile(jsonFileOptions(this.dir, INDEX_FILE_NAME));
    this.handle.store = { schemaVersion: SESSION_SCHEMA_VERSION, entries: [...entries] };
  }

  private readStored(problems: StoreProblem[]): Map<string, IndexEntry> | null {
    const outcome = readJsonFile(this.createJsonFile, this.dir, INDEX_FILE_NAME);
    if (outcome.kind === 'missing') return null;
    if (outcome.kind === 'unreadable') {
      problems.push(moveAside('sessionList', outcome.path, outcome.finding, this.now()));
      return null;
    }
    this.handle = outcome.handle;
    const version = outcome.data.schemaVersion;
    if (typeof version === 'number' && version < SESSION_SCHEMA_VERSION) {
      // An older index is only a cache: keep a copy as for any migration, then rebuild it from the sessions.
      backupBeforeMigration(outcome.path, version);
      return null;
    }
    const parsed = IndexFileSchema.safeParse(outcome.data);
    if (!parsed.success) {
      this.handle = null;
      const finding: Finding =
        typeof version === 'number' && version > SESSION_SCHEMA_VERSION
          ? { code: 'newerVersion', params: { version } }
          : { code: 'schema', params: { detail: describeSchemaError(parsed.error) } };
      problems.push(moveAside('sessionList', outcome.path, finding, this.now()));
      return null;
    }
    return new Map(parsed.data.entries.map((entry) => [entry.id, entry]));
  }
}
