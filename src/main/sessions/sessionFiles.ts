import { existsSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { SessionFileSchema, type Session } from '../../shared/domain/session';
import { SESSION_SCHEMA_VERSION } from '../../shared/domain/sessionFormat';
import { MAX_TEXT_LENGTH } from '../../shared/limits';
import type { StoreProblem } from '../../shared/domain/storeProblem';
import { storeProblem, type Finding } from '../storeProblems/finding';
import { backupBeforeMigration, moveAside, readJsonFile } from '../storage/fileSafety';
import { jsonFileOptions, type CreateJsonFile, type JsonFileHandle } from '../storage/jsonFile';
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

// Only `<id>.json`: backups (`<id>.v1-backup.json`), drafts, moved-aside and temp files all carry a second dot.
const SESSION_FILE = /^([A-Za-z0-9_-]{1,64})\.json$/;

/**
 * `<id>.drafts.json`: the panes' drafts at a revision newer than the session file's. Typing changes only drafts,
 * and rewriting a session file of many megabytes for every pause in typing would cost main far more than the
 * keystroke; the next full write takes the drafts in and removes this file.
 */
const DraftsFileSchema = z.object({
  revision: z.number().int().nonnegative(),
  drafts: z.record(z.string(), z.string().max(MAX_TEXT_LENGTH)),
});
const draftsName = (id: string) => `${id}.drafts`;

/** One JSON file per session under `<dir>`: reading (with migration and quarantine), writing, deleting. */
export class SessionFiles {
  private readonly handles = new Map<string, JsonFileHandle>();
  private readonly draftHandles = new Map<string, JsonFileHandle>();

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
    return { kind: 'ok', session: this.withDrafts(session), stamp: this.stampOrThrow(id) };
  }

  /** Writes the panes' drafts only, for a change that touched nothing else. */
  writeDrafts(session: Session): void {
    const name = draftsName(session.id);
    let handle = this.draftHandles.get(session.id);
    if (!handle) {
      handle = this.createJsonFile(jsonFileOptions(this.dir, name));
      this.draftHandles.set(session.id, handle);
    }
    handle.store = {
      revision: session.revision,
      drafts: Object.fromEntries(session.panes.map((pane) => [pane.id, pane.draft])),
    };
  }

  /** After a full write: the session file holds the drafts now. */
  removeDrafts(id: string): void {
    this.draftHandles.delete(id);
    const path = join(this.dir, `${draftsName(id)}.json`);
    if (existsSync(path)) unlinkSync(path);
  }

  /** The session with the drafts written after it; a drafts file older than the session is left over and removed. */
  private withDrafts(session: Session): Session {
    const outcome = readJsonFile(this.createJsonFile, this.dir, draftsName(session.id));
    if (outcome.kind === 'missing') return session;
    if (outcome.kind === 'unreadable') {
      // Kept aside for a person to look at; the session itself is intact and opens with the drafts it has.
      moveAside('session', outcome.path, outcome.finding, this.now());
      return session;
    }
    const parsed = DraftsFileSchema.safeParse(outcome.data);
    if (!parsed.success || parsed.data.revision <= session.revision) {
      this.removeDrafts(session.id);
      return session;
    }
    const { drafts, revision } = parsed.data;
    this.draftHandles.set(session.id, outcome.handle);
    return {
      ...session,
      revision,
      panes: session.panes.map((pane) => {
        const draft = drafts[pane.id];
        return draft === undefined ? pane : { ...pane, draft };
      }),
    };
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
    this.removeDrafts(id);
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
