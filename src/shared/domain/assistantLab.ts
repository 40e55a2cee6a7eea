import { z } from 'zod';
import { AssistantDraftSchema } from './assistantDraft';
import { AssistantChangesSchema } from './assistantWrites';

/**
 * The prompt lab's records, kept in the user data folder: every saved draft and pushed state of an assistant is a
 * version, and every scratch copy the app made on Famulor is remembered until it was deleted again.
 */

export const AssistantVersionKindSchema = z.enum([
  /** The assistant as Famulor listed it when the lab first opened it: what later pushes are compared with. */
  'original',
  'draft',
  /** The state "Apply to assistant" sent. */
  'pushed',
]);
export type AssistantVersionKind = z.infer<typeof AssistantVersionKindSchema>;

export const AssistantVersionSchema = z.object({
  id: z.string(),
  profileId: z.string(),
  /** The assistant's integer id on that profile's account. */
  assistantId: z.number().int(),
  kind: AssistantVersionKindSchema,
  draft: AssistantDraftSchema,
  /** The person's note ("shorter greeting"); empty when none. */
  note: z.string().max(500),
  /** Who saved it: the operating system's user name. */
  author: z.string(),
  at: z.iso.datetime(),
});
export type AssistantVersion = z.infer<typeof AssistantVersionSchema>;

/** A copy the app created on Famulor to try a draft: the only assistants it ever deletes. */
export const ScratchCopySchema = z.object({
  profileId: z.string(),
  /** The copy's integer id and uuid. */
  assistantId: z.number().int(),
  uuid: z.string().nullable(),
  name: z.string(),
  /** The assistant it is a copy of. */
  originalId: z.number().int(),
  createdAt: z.iso.datetime(),
});
export type ScratchCopy = z.infer<typeof ScratchCopySchema>;

/** The draft's fields that "Apply to assistant" can send. */
export const PUSHED_FIELDS = [
  'name',
  'initialMessage',
  'systemPrompt',
  'variables',
  'llmModelId',
  'tools',
  'toolIds',
  'timezone',
  'languageId',
] as const;
export const PushedFieldSchema = z.enum(PUSHED_FIELDS);
export type PushedField = z.infer<typeof PushedFieldSchema>;

export const PushPlanSchema = z.object({
  /** Only what the draft changed against what Famulor has now, in the write shape. */
  changes: AssistantChangesSchema,
  /** Fields changed on Famulor since the draft's base, which the draft changed too, differently. */
  conflicts: z.array(PushedFieldSchema),
  /** Fields changed on Famulor since the draft's base that the draft left alone: kept as Famulor has them. */
  keptRemote: z.array(PushedFieldSchema),
});
export type PushPlan = z.infer<typeof PushPlanSchema>;
