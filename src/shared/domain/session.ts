import { z } from 'zod';
import { ConversationTypeSchema, FunctionCallSchema, JsonValueSchema, VariablesSchema } from './famulor';
import { MAX_ID_LENGTH, MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from '../limits';

/**
 * A session is a saved workspace: its panes, their transcripts and drafts, notes and the selected view.
 * The session store keeps one file per session in exactly this shape (plus `schemaVersion`); older shapes
 * are migrated in main (src/main/sessions/migrations.ts) before they are validated against these schemas.
 */

export const SESSION_SCHEMA_VERSION = 2;

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
  /** What the person was typing in the composer when the session was last saved. */
  draft: z.string().max(MAX_TEXT_LENGTH),
  costUsd: z.number().nonnegative(),
  transcript: z.array(TranscriptEntrySchema),
});
export type Pane = z.infer<typeof PaneSchema>;

export const SessionSchema = z.object({
  id: SessionIdSchema,
  name: z.string().min(1).max(MAX_NAME_LENGTH),
  createdAt: IsoDateSchema,
  updatedAt: IsoDateSchema,
  notes: z.string().max(MAX_TEXT_LENGTH),
  /** Which view of the workspace was open (the renderer names them; main only keeps the string). */
  selectedView: z.string().max(MAX_NAME_LENGTH),
  panes: z.array(PaneSchema),
  /** Scripted message sequences the UI may keep with a session; shape owned by the renderer. */
  scripts: z.array(z.record(z.string(), JsonValueSchema)).optional(),
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

export const SESSION_EXPORT_FORMAT = 'famulor-playground-sessions';

/** One file holding one or more sessions. Sessions keep their own `schemaVersion`, so old exports migrate on import. */
export const SessionExportSchema = z.object({
  format: z.literal(SESSION_EXPORT_FORMAT),
  exportedAt: IsoDateSchema,
  redacted: z.boolean(),
  sessions: z.array(z.record(z.string(), z.unknown())),
});
export type SessionExport = z.infer<typeof SessionExportSchema>;

export const ImportConflictPolicySchema = z.enum(['skip', 'replace', 'copy']);
export type ImportConflictPolicy = z.infer<typeof ImportConflictPolicySchema>;

export interface ImportReport {
  /** Ids of the sessions that were written (for 'copy', the new ids). */
  imported: SessionId[];
  /** Ids that already existed; with no policy nothing at all is imported while this is not empty. */
  conflicts: { id: SessionId; name: string }[];
  skipped: SessionId[];
  replaced: SessionId[];
  /** Sessions replaced although what was on disk was newer, and where a copy of that newer file was kept. */
  backups: { id: SessionId; file: string }[];
}
