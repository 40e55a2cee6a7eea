import type { AssistantVersion } from '../../shared/domain/assistantLab';
import type { ErrorParams, ErrorReason } from '../../shared/errorReasons';
import {
  SessionExportSchema,
  SessionFileSchema,
  type ImportConflictPolicy,
  type ImportReport,
  type Session,
  type SessionExport,
} from '../../shared/domain/session';
import { SESSION_EXPORT_FORMAT, SESSION_SCHEMA_VERSION } from '../../shared/domain/sessionFormat';
import { MAX_NAME_LENGTH } from '../../shared/limits';
import { AppFailure } from '../../shared/result';
import { parseUnknown } from '../../shared/validation/parseUnknown';
import { containsKnownKey } from '../secrets/knownKeys';
import { describeSchemaError, migrateSessionRecord } from './migrations';
import { redactSession, redactVersion } from './redactSecrets';

export interface ExportOptions {
  /** Which sessions; all when omitted. */
  ids?: readonly string[];
  /** Replace values of variables (and function-call members) whose names look secret. */
  redactSecrets?: boolean;
  /**
   * The API keys the secret store holds. Sessions never hold keys by construction; the export still refuses
   * to write a file in which one of them appears (pasted into notes, a variable or a message).
   */
  knownSecrets?: readonly string[];
  /** The prompt lab's versions that go with these sessions (none when omitted). */
  assistantVersions?: (sessions: readonly Session[]) => AssistantVersion[];
}

/** `name` is the session's, or the assistant's of a lab version: what the person looks for to remove the key. */
const refuseIfKeyInside = (name: string, record: object, knownSecrets: readonly string[]): void => {
  if (containsKnownKey(JSON.stringify(record), knownSecrets)) {
    throw new AppFailure({
      code: 'validation',
      reason: 'session_holds_key',
      params: { name },
    });
  }
};

export const buildExport = (
  sessions: readonly Session[],
  options: ExportOptions,
  now: Date,
): SessionExport => {
  const knownSecrets = options.knownSecrets ?? [];
  const records = sessions.map((session) => {
    const record = {
      schemaVersion: SESSION_SCHEMA_VERSION,
      ...(options.redactSecrets ? redactSession(session) : session),
    };
    refuseIfKeyInside(session.name, record, knownSecrets);
    return record;
  });
  const versions = (options.assistantVersions?.(sessions) ?? []).map((version) => {
    const record = options.redactSecrets ? redactVersion(version) : version;
    refuseIfKeyInside(version.draft.name, record, knownSecrets);
    return record;
  });
  return {
    format: SESSION_EXPORT_FORMAT,
    exportedAt: now.toISOString(),
    redacted: options.redactSecrets === true,
    sessions: records,
    ...(versions.length > 0 ? { assistantVersions: versions } : {}),
  };
};

const invalidImport = (reason: ErrorReason, params?: ErrorParams, diagnostic?: string) =>
  new AppFailure({
    code: 'validation',
    reason,
    ...(params ? { params } : {}),
    ...(diagnostic ? { diagnostic } : {}),
  });

export interface ParsedExport {
  sessions: Session[];
  assistantVersions: AssistantVersion[];
}

/** Validates an export file (any session schema version we can migrate) and returns what it holds. */
export const parseExport = (data: unknown): ParsedExport => {
  if (
    typeof data !== 'object' ||
    data === null ||
    (data as { format?: unknown }).format !== SESSION_EXPORT_FORMAT
  ) {
    throw invalidImport('import_not_an_export');
  }
  const envelope = parseUnknown(SessionExportSchema, data);
  const seen = new Set<string>();
  const sessions = envelope.sessions.map((record, index) => {
    const where = { index: index + 1 };
    const migration = migrateSessionRecord(record);
    if (migration.kind === 'newer') {
      throw invalidImport('import_session_newer', { ...where, version: migration.version });
    }
    if (migration.kind === 'invalid')
      throw invalidImport('import_session_unreadable', where, migration.reason);
    const parsed = SessionFileSchema.safeParse(migration.record);
    if (!parsed.success)
      throw invalidImport('import_session_invalid', where, describeSchemaError(parsed.error));
    const { schemaVersion: _version, ...session } = parsed.data;
    if (seen.has(session.id)) throw invalidImport('import_session_repeated', { ...where, id: session.id });
    seen.add(session.id);
    return session;
  });
  return { sessions, assistantVersions: envelope.assistantVersions ?? [] };
};

export interface ImportPlan {
  toWrite: Session[];
  report: ImportReport;
}

/** Decides what an import writes. Without a policy, any conflict means nothing is written at all. */
export const planImport = (
  incoming: readonly Session[],
  exists: (id: string) => boolean,
  policy: ImportConflictPolicy | undefined,
  newId: () => string,
): ImportPlan => {
  const conflicting = incoming.filter((session) => exists(session.id));
  const report: ImportReport = {
    imported: [],
    conflicts: conflicting.map(({ id, name }) => ({ id, name })),
    skipped: [],
    replaced: [],
    backups: [],
    assistantVersions: 0,
  };
  if (conflicting.length > 0 && policy === undefined) return { toWrite: [], report };
  const toWrite: Session[] = [];
  for (const session of incoming) {
    if (!exists(session.id)) {
      toWrite.push(session);
    } else if (policy === 'skip') {
      report.skipped.push(session.id);
    } else if (policy === 'replace') {
      toWrite.push(session);
      report.replaced.push(session.id);
    } else {
      toWrite.push({
        ...session,
        id: newId(),
        name: `${session.name.slice(0, MAX_NAME_LENGTH - 11)} (imported)`,
      });
    }
  }
  report.imported = toWrite.map((session) => session.id);
  return { toWrite, report };
};
