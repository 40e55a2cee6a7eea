import { z } from 'zod';
import { ConversationTypeSchema, FunctionCallSchema, VariablesSchema } from '../../shared/domain/famulor';
import {
  ReplayComparisonSchema,
  ReplayScriptSchema,
  TranscriptRoleSchema,
  VariableSetSchema,
  type ReplayComparison,
  type ReplayScript,
  type VariableSet,
} from '../../shared/domain/session';
import { SESSION_SCHEMA_VERSION } from '../../shared/domain/sessionFormat';
import { describeZodIssues } from '../../shared/validation/describeZodIssues';

/**
 * Our own migrations: each step takes a record of version
 * n, validates it against that version's schema, and returns version n + 1. The result of the last step is
 * validated against the current schema by the caller.
 */

/** Version 1 held a single conversation per session, with one `messages` array and no drafts or costs. */
export const SessionFileV1Schema = z.object({
  schemaVersion: z.literal(1),
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  notes: z.string().default(''),
  assistant: z.object({ id: z.number().int().nullable(), uuid: z.string().nullable(), name: z.string() }),
  conversationType: ConversationTypeSchema,
  variables: VariablesSchema,
  conversationId: z.string().nullable(),
  messages: z.array(
    z.object({
      role: TranscriptRoleSchema,
      content: z.string(),
      functionCalls: z.array(FunctionCallSchema).default([]),
      at: z.string(),
      latencyMs: z.number().nonnegative().nullable().default(null),
    }),
  ),
});

const fromVersion1 = (record: unknown): Record<string, unknown> => {
  const v1 = SessionFileV1Schema.parse(record);
  return {
    schemaVersion: 2,
    id: v1.id,
    name: v1.name,
    createdAt: v1.createdAt,
    updatedAt: v1.updatedAt,
    notes: v1.notes,
    selectedView: 'conversation',
    panes: [
      {
        id: 'pane-1',
        title: v1.assistant.name,
        assistant: v1.assistant,
        conversationType: v1.conversationType,
        variables: v1.variables,
        conversationId: v1.conversationId,
        draft: '',
        // Version 1 did not record what a conversation cost; the amount starts over from here.
        costUsd: 0,
        transcript: v1.messages.map((message, index) => ({ id: `m${index + 1}`, ...message })),
      },
    ],
  };
};

/**
 * Version 2 kept variable sets, replay scripts and the last comparison as untyped records in one `scripts`
 * array, told apart by `kind`, and a `selectedView` nobody read (the view is a preference).
 */
export const SessionFileV2Schema = z
  .object({
    schemaVersion: z.literal(2),
    scripts: z.array(z.record(z.string(), z.unknown())).optional(),
    selectedView: z.string().optional(),
  })
  .loose();

const recordsOfKind = (records: Record<string, unknown>[], kind: string) =>
  records.filter((record) => record.kind === kind).map(({ kind: _kind, ...rest }) => rest);

const fromVersion2 = (record: unknown): Record<string, unknown> => {
  const { scripts = [], selectedView: _selectedView, ...rest } = SessionFileV2Schema.parse(record);
  // Version 2 showed only the records that passed its guards; the ones it skipped are dropped here, as unreadable
  // as they were before.
  const variableSets = recordsOfKind(scripts, 'variableSet').flatMap((entry): VariableSet[] => {
    const parsed = VariableSetSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
  const replayScripts = recordsOfKind(scripts, 'replay-script').flatMap((entry): ReplayScript[] => {
    const parsed = ReplayScriptSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
  const comparison = ReplayComparisonSchema.safeParse(recordsOfKind(scripts, 'replay-comparison').at(-1));
  const lastComparison: ReplayComparison | null = comparison.success ? comparison.data : null;
  return { ...rest, schemaVersion: 3, revision: 0, variableSets, replayScripts, lastComparison };
};

/** Version 3 did not record which profile's account a pane's conversation is on. */
export const SessionFileV3Schema = z
  .object({ schemaVersion: z.literal(3), panes: z.array(z.record(z.string(), z.unknown())) })
  .loose();

const fromVersion3 = (record: unknown): Record<string, unknown> => {
  const v3 = SessionFileV3Schema.parse(record);
  // Unknown, not guessed: such a pane keeps working with whichever profile is active, as it did before.
  return { ...v3, schemaVersion: 4, panes: v3.panes.map((pane) => ({ ...pane, profileId: null })) };
};

const SESSION_MIGRATIONS: Record<number, (record: unknown) => Record<string, unknown>> = {
  1: fromVersion1,
  2: fromVersion2,
  3: fromVersion3,
};

export type MigrationOutcome =
  | { kind: 'current'; record: Record<string, unknown> }
  | { kind: 'migrated'; fromVersion: number; record: Record<string, unknown> }
  | { kind: 'newer'; version: number }
  /** `version` is absent when the record has no usable schemaVersion at all. */
  | { kind: 'invalid'; reason: string; version?: number };

export const describeSchemaError = (error: unknown): string =>
  error instanceof z.ZodError
    ? describeZodIssues(error)
    : error instanceof Error
      ? error.message
      : String(error);

/** Brings a session record of any known version to the current one. */
export const migrateSessionRecord = (record: Record<string, unknown>): MigrationOutcome => {
  const version = record.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { kind: 'invalid', reason: 'The file has no valid schemaVersion.' };
  }
  if (version === SESSION_SCHEMA_VERSION) return { kind: 'current', record };
  if (version > SESSION_SCHEMA_VERSION) return { kind: 'newer', version };
  let current: Record<string, unknown> = record;
  try {
    for (let step = version; step < SESSION_SCHEMA_VERSION; step += 1) {
      const migrate = SESSION_MIGRATIONS[step];
      if (!migrate) return { kind: 'invalid', version, reason: `No migration from schema version ${step}.` };
      current = migrate(current);
    }
  } catch (error) {
    return {
      kind: 'invalid',
      version,
      reason: `The version ${version} file does not match its schema: ${describeSchemaError(error)}`,
    };
  }
  return { kind: 'migrated', fromVersion: version, record: current };
};
