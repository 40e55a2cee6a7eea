import { z } from 'zod';
import { MAX_SCRIPT_NAME_LENGTH, SESSION_EXPORT_FORMAT, SESSION_SCHEMA_VERSION } from './sessionFormat';
import { ConversationTypeSchema, FunctionCallSchema, VariablesSchema } from './famulor';
import { MAX_ID_LENGTH, MAX_MESSAGE_LENGTH, MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from '../limits';
import { characterCount } from '../text';
import { AssistantVersionSchema } from './assistantLab';
import { ProfileIdSchema } from './profile';

/**
 * A session is a saved workspace: its panes with their transcripts and drafts, named variable sets, replay
 * scripts, the last replay comparison and notes.
 * The session store keeps one file per session in exactly this shape (plus `schemaVersion`); older shapes
 * are migrated in main (src/main/sessions/migrations.ts) before they are validated against these schemas.
 */

/** Ids become file names (`sessions/<id>.json`), so they are restricted to characters safe in any file system. */
export const SessionIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'A session id is 1 to 64 letters, digits, "-" or "_".');
export type SessionId = z.infer<typeof SessionIdSchema>;

const IsoDateSchema = z.iso.datetime({ offset: true });

export const TranscriptRoleSchema = z.enum(['user', 'assistant', 'system', 'error']);
export type TranscriptRole = z.infer<typeof TranscriptRoleSchema>;

export const TranscriptEntrySchema = z.object({
  id: z.string().min(1).max(MAX_ID_LENGTH),
  role: TranscriptRoleSchema,
  content: z.string().max(MAX_TEXT_LENGTH),
  functionCalls: z.array(FunctionCallSchema),
  at: IsoDateSchema,
  latencyMs: z.number().nonnegative().nullable(),
});
export type TranscriptEntry = z.infer<typeof TranscriptEntrySchema>;

export const PaneAssistantSchema = z.object({
  id: z.number().int().nullable(),
  uuid: z.string().max(MAX_ID_LENGTH).nullable(),
  name: z.string().max(MAX_NAME_LENGTH),
});
export type PaneAssistant = z.infer<typeof PaneAssistantSchema>;

export const PaneSchema = z.object({
  id: z.string().min(1).max(MAX_ID_LENGTH),
  title: z.string().max(MAX_NAME_LENGTH),
  assistant: PaneAssistantSchema,
  conversationType: ConversationTypeSchema,
  variables: VariablesSchema,
  conversationId: z.string().max(MAX_ID_LENGTH).nullable(),
  /**
   * The profile whose account holds the conversation, set when the conversation starts: its id means nothing to
   * another account, so the pane does not send while another profile is active. Null before the first send,
   * and for conversations from version 3 files, which did not record it.
   */
  profileId: ProfileIdSchema.nullable(),
  /** What the person was typing in the composer when the session was last saved. */
  draft: z.string().max(MAX_TEXT_LENGTH),
  costUsd: z.number().nonnegative(),
  transcript: z.array(TranscriptEntrySchema),
});
export type Pane = z.infer<typeof PaneSchema>;

/** A named set of variables ("Berlin customer", "VIP") that can be applied to panes. */
export const VariableSetSchema = z.object({
  id: z.string().min(1).max(MAX_ID_LENGTH),
  name: z.string().trim().min(1).max(MAX_NAME_LENGTH),
  variables: VariablesSchema,
});
export type VariableSet = z.infer<typeof VariableSetSchema>;

const nonBlank = (max: number) =>
  z
    .string()
    .refine((text) => text.trim() !== '', 'must not be empty')
    .refine((text) => characterCount(text) <= max, `at most ${max} characters`);

/** The user messages of a pane, kept to be replayed against other panes. */
export const ReplayScriptSchema = z.object({
  id: z.string().min(1).max(64),
  name: nonBlank(MAX_SCRIPT_NAME_LENGTH),
  createdAt: IsoDateSchema,
  /** Label of the pane the messages came from, shown next to the name. */
  source: z.string().max(MAX_NAME_LENGTH),
  /** The source pane's assistant and variables: what a replay starts from, even after that pane is closed. */
  assistant: PaneAssistantSchema,
  variables: VariablesSchema,
  messages: z.array(nonBlank(MAX_MESSAGE_LENGTH)).min(1),
});
export type ReplayScript = z.infer<typeof ReplayScriptSchema>;

/** The panes of the last replay, so that its turn-aligned diff is still there after a restart. */
export const ReplayComparisonSchema = z.object({
  scriptName: z.string().max(MAX_NAME_LENGTH),
  paneIds: z.array(z.string().min(1).max(MAX_ID_LENGTH)),
});
export type ReplayComparison = z.infer<typeof ReplayComparisonSchema>;

export const SessionSchema = z.object({
  id: SessionIdSchema,
  name: z.string().min(1).max(MAX_NAME_LENGTH),
  createdAt: IsoDateSchema,
  updatedAt: IsoDateSchema,
  /**
   * Counts the changes main has applied (sessions:apply); a renderer that sees the count jump knows that another
   * window changed the session and reads it again.
   */
  revision: z.number().int().nonnegative(),
  /** Free text carried from version 1 files and shown in exports. */
  notes: z.string().max(MAX_TEXT_LENGTH),
  panes: z.array(PaneSchema),
  variableSets: z.array(VariableSetSchema),
  replayScripts: z.array(ReplayScriptSchema),
  lastComparison: ReplayComparisonSchema.nullable(),
});
export type Session = z.infer<typeof SessionSchema>;

/** A session as written to its own file. */
export const SessionFileSchema = SessionSchema.extend({ schemaVersion: z.literal(SESSION_SCHEMA_VERSION) });
export type SessionFile = z.infer<typeof SessionFileSchema>;

/** What the session list shows and searches, without opening any session file. */
export const SessionSummarySchema = z.object({
  id: SessionIdSchema,
  name: z.string(),
  createdAt: IsoDateSchema,
  updatedAt: IsoDateSchema,
  assistantNames: z.array(z.string()),
  messageCount: z.number().int().nonnegative(),
  /** The latest message, shortened: shown under the name and searched with it. */
  preview: z.string(),
});
export type SessionSummary = z.infer<typeof SessionSummarySchema>;

/** One file holding one or more sessions. Sessions keep their own `schemaVersion`, so old exports migrate on import. */
export const SessionExportSchema = z.object({
  format: z.literal(SESSION_EXPORT_FORMAT),
  exportedAt: IsoDateSchema,
  redacted: z.boolean(),
  sessions: z.array(z.record(z.string(), z.unknown())),
  /**
   * The prompt lab's versions of the assistants the sessions talk to (every version in a backup of all sessions).
   * Absent in files written before the lab existed.
   */
  assistantVersions: z.array(AssistantVersionSchema).max(100_000).optional(),
});
export type SessionExport = z.infer<typeof SessionExportSchema>;

export const ImportConflictPolicySchema = z.enum(['skip', 'replace', 'copy']);
export type ImportConflictPolicy = z.infer<typeof ImportConflictPolicySchema>;

/** What an import did; with no conflict policy nothing is imported while `conflicts` is not empty. */
export const ImportReportSchema = z.object({
  /** Ids of the sessions that were written (for 'copy', the new ids). */
  imported: z.array(SessionIdSchema),
  /** Ids that already existed. */
  conflicts: z.array(z.object({ id: SessionIdSchema, name: z.string() })),
  skipped: z.array(SessionIdSchema),
  replaced: z.array(SessionIdSchema),
  /** Sessions replaced although what was on disk was newer, and where a copy of that newer file was kept. */
  backups: z.array(z.object({ id: SessionIdSchema, file: z.string() })),
  /** Prompt-lab versions added (those already kept, by id, are not counted). */
  assistantVersions: z.number().int().nonnegative(),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;
