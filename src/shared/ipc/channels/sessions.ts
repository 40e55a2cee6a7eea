import { z } from 'zod';
import {
  MAX_IMPORT_BYTES,
  MAX_IMPORT_INPUT_BYTES,
  MAX_SEARCH_QUERY_LENGTH,
  MAX_SESSION_INPUT_BYTES,
} from '../../limits';
import {
  ImportConflictPolicySchema,
  ImportReportSchema,
  SessionIdSchema,
  SessionSchema,
  SessionSummarySchema,
} from '../../domain/session';
import { MAX_COMMANDS_PER_CALL, SessionCommandSchema } from '../../domain/sessionCommands';
import { StoreProblemSchema } from '../../domain/storeProblem';
import { SessionSearchHitSchema } from '../../domain/sessionSearch';
import { channel } from '../channel';

const SESSION_SIZED = { maxInputBytes: MAX_SESSION_INPUT_BYTES };

export const SessionDraftSchema = SessionSchema.pick({
  name: true,
  notes: true,
  panes: true,
  variableSets: true,
  replayScripts: true,
  lastComparison: true,
}).partial();

/** Workspaces saved in main: an index plus one file per session (src/main/sessions). */
export const sessionChannels = {
  'sessions:load': channel(
    z.strictObject({}),
    z.object({ sessions: z.array(SessionSummarySchema), problems: z.array(StoreProblemSchema) }),
  ),
  /**
   * Sessions whose name, assistant names and messages contain every word of the query (case and accents
   * ignored, parts of words found), newest change first, each with the message it was found in.
   */
  'sessions:search': channel(
    z.strictObject({ query: z.string().max(MAX_SEARCH_QUERY_LENGTH) }),
    z.object({ hits: z.array(SessionSearchHitSchema) }),
  ),
  'sessions:get': channel(z.strictObject({ id: SessionIdSchema }), SessionSchema),
  'sessions:create': channel(SessionDraftSchema.strict(), SessionSchema, SESSION_SIZED),
  /**
   * Applies changes to a session in order, as one revision; main writes them to disk coalesced. Answers the new
   * revision (one more than before, unless another window changed the session too) and the list entry.
   */
  'sessions:apply': channel(
    z.strictObject({
      id: SessionIdSchema,
      commands: z.array(SessionCommandSchema).min(1).max(MAX_COMMANDS_PER_CALL),
    }),
    z.object({ revision: z.number().int().nonnegative(), summary: SessionSummarySchema }),
    SESSION_SIZED,
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
};
