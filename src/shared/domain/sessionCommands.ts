import { z } from 'zod';
import { ConversationTypeSchema, VariablesSchema } from './famulor';
import {
  PaneAssistantSchema,
  PaneSchema,
  ReplayComparisonSchema,
  ReplayScriptSchema,
  TranscriptEntrySchema,
  VariableSetSchema,
} from './session';
import { ProfileIdSchema } from './profile';
import { MAX_ID_LENGTH, MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from '../limits';

/**
 * A change to a session, as an intent rather than a new document: the renderer applies it to what it shows at
 * once, main applies the same command to the session it owns and writes it (applySessionCommand.ts). A
 * keystroke then crosses the boundary as its draft, not as the whole session.
 */

const PaneIdSchema = z.string().min(1).max(MAX_ID_LENGTH);

/** What a person may change on a pane directly; the conversation, cost and transcript follow from sending. */
export const PanePatchSchema = z
  .strictObject({
    title: z.string().max(MAX_NAME_LENGTH),
    assistant: PaneAssistantSchema,
    conversationType: ConversationTypeSchema,
    variables: VariablesSchema,
  })
  .partial();
export type PanePatch = z.infer<typeof PanePatchSchema>;

export const SessionCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('rename'), name: z.string().trim().min(1).max(MAX_NAME_LENGTH) }),
  /** Adds a pane after `afterPaneId` (at the end when null or gone); ignored when the session is full. */
  z.strictObject({ type: z.literal('insertPane'), pane: PaneSchema, afterPaneId: PaneIdSchema.nullable() }),
  z.strictObject({ type: z.literal('patchPane'), paneId: PaneIdSchema, patch: PanePatchSchema }),
  z.strictObject({
    type: z.literal('setDraft'),
    paneId: PaneIdSchema,
    draft: z.string().max(MAX_TEXT_LENGTH),
  }),
  /**
   * Sets the draft to `to` only while it is `from`: a failed send puts its text back into an empty composer,
   * and Retry takes it out again, without overwriting what the person typed meanwhile.
   */
  z.strictObject({
    type: z.literal('replaceDraft'),
    paneId: PaneIdSchema,
    from: z.string().max(MAX_TEXT_LENGTH),
    to: z.string().max(MAX_TEXT_LENGTH),
  }),
  /**
   * Messages that were answered; `started` when the first one started the conversation, with the profile whose
   * account it is on.
   */
  z.strictObject({
    type: z.literal('appendEntries'),
    paneId: PaneIdSchema,
    entries: z.array(TranscriptEntrySchema),
    started: z
      .strictObject({
        conversationId: z.string().min(1).max(MAX_ID_LENGTH),
        profileId: ProfileIdSchema,
      })
      .optional(),
    /** A user message went out in a billed (widget) conversation. */
    billed: z.boolean().optional(),
  }),
  /** A new conversation with the same settings: transcript, conversation and cost start over. */
  z.strictObject({ type: z.literal('resetPane'), paneId: PaneIdSchema }),
  z.strictObject({ type: z.literal('removePane'), paneId: PaneIdSchema }),
  /** Saves a set under its name: a set with the same name is replaced. */
  z.strictObject({ type: z.literal('putVariableSet'), set: VariableSetSchema }),
  z.strictObject({ type: z.literal('deleteVariableSet'), id: z.string().min(1).max(MAX_ID_LENGTH) }),
  /** Adds a script, or replaces the one with its id. */
  z.strictObject({ type: z.literal('putReplayScript'), script: ReplayScriptSchema }),
  z.strictObject({ type: z.literal('deleteReplayScript'), id: z.string().min(1).max(MAX_ID_LENGTH) }),
  z.strictObject({ type: z.literal('setComparison'), comparison: ReplayComparisonSchema.nullable() }),
]);
export type SessionCommand = z.infer<typeof SessionCommandSchema>;

/** Commands of one flush; main applies them in order, as one revision. */
export const MAX_COMMANDS_PER_CALL = 1000;
