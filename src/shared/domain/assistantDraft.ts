import { z } from 'zod';
import { VariablesSchema } from './famulor';
import { BuiltInToolSchema } from './tools';

/**
 * The prompt lab's draft of an assistant: the fields a person changes, in the app's names. The rest of what a
 * scratch copy needs (voice, language, type, mode) is copied from the assistant as Famulor lists it.
 */
export const AssistantDraftSchema = z.object({
  name: z.string().min(1).max(255),
  /** Kept at any length while edited; Famulor takes at most 200 characters (checked before a copy or a push). */
  initialMessage: z.string(),
  systemPrompt: z.string(),
  variables: VariablesSchema,
  /** null: the mode's model as listed (a multimodal assistant has no LLM of its own). */
  llmModelId: z.number().int().positive().nullable(),
  /** Built-in tools in Famulor's flat write shape. */
  tools: z.array(BuiltInToolSchema),
  /**
   * The custom mid-call tools attached. Famulor's assistant list does not show them, so they are null (unknown)
   * until the person picks them; a copy made then gets none.
   */
  toolIds: z.array(z.number().int().positive()).nullable(),
  /** null when the list showed none; a scratch copy needs one (Famulor's create requires it). */
  timezone: z.string().min(1).nullable(),
  /**
   * From GET /user/assistants/languages; null when the list showed none (a copy then cannot be made). Versions kept
   * before the lab edited the language lack it: they read as null, "as listed".
   */
  languageId: z.number().int().positive().nullable().default(null),
});
export type AssistantDraft = z.infer<typeof AssistantDraftSchema>;
