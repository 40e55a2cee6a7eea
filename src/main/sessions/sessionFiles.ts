import { existsSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { SESSION_SCHEMA_VERSION, SessionFileSchema, type Session } from '../../shared/domain/session';
import type { StoreProblem } from '../../shared/domain/storeProblem';
import { storeProblem, type Finding } from '../storeProblems/finding';
import { backupBeforeMigration, moveAside, readJsonFile } from './fileSafety';
import { jsonFileOptions, type CreateJsonFile, type JsonFileHandle } from './jsonFile';
import { describeSchemaError, migrateSessionRecord } from './migrations';

/** Size and modification time of a session file as the index last saw it; a mismatch means the index is stale. */
export interface FileStamp {
  mtimeMs: number;
  size: number;
}

export type SessionReadResult =
  | { kind: 'ok'; session: Session; stamp: FileStamp }
  | { kind: 'missing' }
  | { kind: 'problem'; problem: StoreProblem };

// Only `<id>.json`: backups (`<id>.v1-backup.json`), moved-aside and temp files all carry a second dot.
const SESSION_FILE = /^([A-Za-z0-9_-]{1,64})\.json$/;

/** One conf file per session under `<dir>`: reading (with migration and quarantine), writing, deleting. */
export class SessionFiles {
  private readonly handles = new Map<string, JsonFileHandle>();

  constructor(
    readonly dir: string,
    private readonly createJsonFile: CreateJsonFile,
    private readonly now: () => Date,
  ) {}

  pathOf(id: string): string {
    return join(this.dir, `${id}.json`);
  }

  listIds(): string[] {
    if (!existsSync(this.dir)) return [];
    return readdirSync(this.dir).flatMap((entry) => SESSION_FILE.exec(entry)?.[1] ?? []);
  }

  stamp(id: string): FileStamp | null {
    try {
      const { mtimeMs, size } = statSync(this.pathOf(id));
      return { mtimeMs, size };
    } catch {
      return null;
    }
  }

  read(id: string): SessionReadResult {
    const outcome = readJsonFile(this.createJsonFile, this.dir, id);
    if (outcome.kind === 'missing') return { kind: 'missing' };
    if (outcome.kind === 'unreadable') return this.quarantine(id, outcome.path, outcome.finding);
    const migration = migrateSessionRecord(outcome.data);
    if (migration.kind === 'newer') {
      const finding: Finding = { code: 'newerVersion', params: { version: migration.version } };
      return { kind: 'problem', problem: storeProblem('session', finding, outcome.path, null) };
    }
    if (migration.kind === 'invalid') {
      return this.quarantine(
        id,
        outcome.path,
        migration.version === undefined
          ? { code: 'noSchemaVersion' }
          : { code: 'migrationFailed', params: { version: migration.version, detail: migration.reason } },
      );
    }
    const parsed = SessionFileSchema.safeParse(migration.record);
    if (!parsed.success) {
      return this.quarantine(id, outcome.path, {
        code: 'schema',
        params: { detail: describeSchemaError(parsed.error) },
      });
    }
    if (parsed.data.id !== id) {
      return this.quarantine(id, outcome.path, { code: 'wrongId', params: { found: parsed.data.id } });
    }
    if (migration.kind === 'migrated') {
      backupBeforeMigration(outcome.path, migration.fromVersion);
      outcome.handle.store = parsed.data;
    }
    this.handles.set(id, outcome.handle);
    const { schemaVersion: _version, ...session } = parsed.data;
    return { kind: 'ok', session, stamp: this.stampOrThrow(id) };
  }

  write(session: Session): FileStamp {
    let handle = this.handles.get(session.id);
    if (!handle) {
      handle = this.createJsonFile(jsonFileOptions(this.dir, session.id));
      this.handles.set(session.id, handle);
    }
    handle.store = { schemaVersion: SESSION_SCHEMA_VERSION, ...session };
    return this.stampOrThrow(session.id);
  }

  remove(id: string): void {
    this.handles.delete(id);
    if (existsSync(this.pathOf(id))) unlinkSync(this.pathOf(id));
  }

  private stampOrThrow(id: string): FileStamp {
    const stamp = this.stamp(id);
    if (!stamp) throw new Error(`The session file ${this.pathOf(id)} vanished right after it was written.`);
    return stamp;
  }

  private quarantine(id: string, path: string, finding: Finding): SessionReadResult {
    this.handles.delete(id);
    return { kind: 'problem', problem: moveAside('session', path, finding, this.now()) };
  }
}
