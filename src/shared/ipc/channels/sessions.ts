import { z } from 'zod';
import {
  MAX_IMPORT_BYTES,
  MAX_IMPORT_INPUT_BYTES,
  MAX_NAME_LENGTH,
  MAX_SESSION_INPUT_BYTES,
} from '../../limits';
import {
  ImportConflictPolicySchema,
  SessionIdSchema,
  SessionSchema,
  SessionSummarySchema,
} from '../../domain/session';
import { StoreProblemSchema } from '../../domain/storeProblem';
import { channel } from '../channel';

const SESSION_SIZED = { maxInputBytes: MAX_SESSION_INPUT_BYTES };

export const SessionDraftSchema = SessionSchema.pick({
  name: true,
  notes: true,
  selectedView: true,
  panes: true,
  scripts: true,
}).partial();

export const ImportReportSchema = z.object({
  imported: z.array(SessionIdSchema),
  conflicts: z.array(z.object({ id: SessionIdSchema, name: z.string() })),
  skipped: z.array(SessionIdSchema),
  replaced: z.array(SessionIdSchema),
  backups: z.array(z.object({ id: SessionIdSchema, file: z.string() })),
});

/** Workspaces saved in main: an index plus one file per session (src/main/sessions). */
export const sessionChannels = {
  'sessions:load': channel(
    z.strictObject({}),
    z.object({ sessions: z.array(SessionSummarySchema), problems: z.array(StoreProblemSchema) }),
  ),
  'sessions:get': channel(z.strictObject({ id: SessionIdSchema }), SessionSchema),
  'sessions:create': channel(SessionDraftSchema.strict(), SessionSchema, SESSION_SIZED),
  /** Replaces the session's content; main coalesces the writes, so the renderer may call it on every change. */
  'sessions:save': channel(z.strictObject({ session: SessionSchema }), SessionSummarySchema, SESSION_SIZED),
  'sessions:rename': channel(
    z.strictObject({ id: SessionIdSchema, name: z.string().trim().min(1).max(MAX_NAME_LENGTH) }),
    SessionSchema,
  ),
  'sessions:duplicate': channel(z.strictObject({ id: SessionIdSchema }), SessionSchema),
  /** Returns the deleted session so that the renderer can offer undo (sessions:restore). */
  'sessions:delete': channel(z.strictObject({ id: SessionIdSchema }), SessionSchema),
  'sessions:restore': channel(z.strictObject({ session: SessionSchema }), SessionSchema, SESSION_SIZED),
  'sessions:export': channel(
    z.strictObject({ ids: z.array(SessionIdSchema).max(10_000).optional(), redactSecrets: z.boolean() }),
    z.object({ fileName: z.string(), json: z.string(), count: z.number().int() }),
  ),
  'sessions:import': channel(
    z.strictObject({
      json: z.string().max(MAX_IMPORT_BYTES),
      onConflict: ImportConflictPolicySchema.optional(),
    }),
    ImportReportSchema,
    { maxInputBytes: MAX_IMPORT_INPUT_BYTES },
  ),
  /** Reports of reset or quarantined files stay until the person dismisses them; returns what is left. */
  'sessions:dismissProblems': channel(
    z.strictObject({ ids: z.array(z.string().min(1).max(64)).max(1000) }),
    z.object({ problems: z.array(StoreProblemSchema) }),
  ),
  'sessions:flush': channel(z.strictObject({}), z.object({ flushed: z.boolean() })),
};
