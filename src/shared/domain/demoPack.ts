import { z } from 'zod';
import { MAX_ID_LENGTH, MAX_MESSAGE_LENGTH, MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from '../limits';
import { FunctionCallSchema } from './famulor';

/** What a demo pack file says it is, so that any other JSON is refused by name rather than by its fields. */
export const DEMO_PACK_FORMAT = 'famulor-playground/demo-pack';
export const DEMO_PACK_VERSION = 1;

/** A pack's id names its file: lowercase letters, digits and dashes. */
export const DemoPackIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'lowercase letters, digits and dashes, at most 63');
export type DemoPackId = z.infer<typeof DemoPackIdSchema>;

/**
 * One exchange as it happened: what the user wrote (and other ways of saying it), the assistant's reply and the
 * function calls it made. Reply and call JSON may hold {{variables}}, filled in when the simulator serves them.
 */
export const RecordedTurnSchema = z.strictObject({
  user: z.string().trim().min(1).max(MAX_MESSAGE_LENGTH),
  alternatives: z.array(z.string().trim().min(1).max(MAX_MESSAGE_LENGTH)).max(50).default([]),
  reply: z.string().max(MAX_TEXT_LENGTH),
  function_calls: z.array(FunctionCallSchema).max(50).default([]),
});
export type RecordedTurn = z.infer<typeof RecordedTurnSchema>;

/** A conversation in the order it was recorded: the simulator follows it when the user does. */
export const RecordedConversationSchema = z.strictObject({
  title: z.string().trim().min(1).max(MAX_NAME_LENGTH),
  turns: z.array(RecordedTurnSchema).min(1).max(500),
});
export type RecordedConversation = z.infer<typeof RecordedConversationSchema>;

/** A pack as the app lists it: where it comes from, whether the Offline demo serves it, what it holds. */
export const DemoPackSummarySchema = z.object({
  id: DemoPackIdSchema,
  name: z.string(),
  description: z.string(),
  /** Shipped with the app (Clara, Max, Sophie); `edited` when the user's changes are kept over it. */
  origin: z.enum(['built_in', 'edited', 'imported']),
  enabled: z.boolean(),
  assistants: z.array(
    z.object({
      uuid: z.string(),
      name: z.string(),
      conversations: z.number().int().nonnegative(),
      turns: z.number().int().nonnegative(),
      /** Answers by the simulator's own rules besides (or instead of) recorded turns. */
      scripted: z.boolean(),
    }),
  ),
});
export type DemoPackSummary = z.infer<typeof DemoPackSummarySchema>;

/** One assistant's recorded conversations, as the pack editor reads and writes them. */
export const PackAssistantTurnsSchema = z.object({
  uuid: z.string(),
  name: z.string(),
  conversations: z.array(RecordedConversationSchema),
});
export type PackAssistantTurns = z.infer<typeof PackAssistantTurnsSchema>;

/**
 * A pack recorded from the active profile's account: its assistants, and the conversations to take — playground
 * sessions (every pane talking to one of them), customer threads, and replay scripts run now as test conversations.
 */
export const PackRecordingSchema = z.strictObject({
  id: DemoPackIdSchema,
  name: z.string().trim().min(1).max(MAX_NAME_LENGTH),
  description: z.string().max(1000),
  assistantUuids: z.array(z.string().trim().min(1).max(MAX_ID_LENGTH)).min(1).max(20),
  sessions: z.array(z.string().min(1).max(MAX_ID_LENGTH)).max(200),
  threads: z
    .array(
      z.strictObject({
        conversationId: z.string().trim().min(1).max(MAX_ID_LENGTH),
        assistantUuid: z.string().trim().min(1).max(MAX_ID_LENGTH),
      }),
    )
    .max(200),
  scripts: z
    .array(
      z.strictObject({
        sessionId: z.string().min(1).max(MAX_ID_LENGTH),
        scriptId: z.string().min(1).max(64),
      }),
    )
    .max(50),
  redaction: z.strictObject({
    phones: z.boolean(),
    emails: z.boolean(),
    secretVariables: z.array(z.string().min(1).max(MAX_NAME_LENGTH)).max(100),
  }),
  /** A pack of this id in the library is replaced only with this. */
  replace: z.boolean(),
});
export type PackRecording = z.infer<typeof PackRecordingSchema>;
