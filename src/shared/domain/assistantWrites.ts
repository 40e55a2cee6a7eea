import { z } from 'zod';
import { VariablesSchema } from './famulor';
import { BuiltInToolSchema } from './tools';

/**
 * What the app writes to an assistant (POST, PUT and DELETE /user/assistant, famulor-api.md "Account and
 * assistants") and the model list it picks from. Fields are the app's names; the client maps them onto Famulor's.
 */

export const ASSISTANT_MODES = ['pipeline', 'multimodal', 'dualplex'] as const;
export const ModelTypeSchema = z.enum(['llm', 'multimodal', 'dualplex']);
export type ModelType = z.infer<typeof ModelTypeSchema>;

/** A model of GET /user/assistants/models: multimodal and dualplex ones carry a code. */
export const AssistantModelSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  code: z.string().nullable(),
});
export type AssistantModel = z.infer<typeof AssistantModelSchema>;

/** A language of GET /user/assistants/languages: what `language_id` is chosen from. */
export const AssistantLanguageSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  /** ISO 639-1, as the list's `language` shows an assistant's. */
  code: z.string(),
});
export type AssistantLanguage = z.infer<typeof AssistantLanguageSchema>;

/** PUT /user/assistant/{id}: only the fields given change; `null` removes an optional one. */
export const AssistantChangesSchema = z.object({
  name: z.string().optional(),
  initialMessage: z.string().nullable().optional(),
  systemPrompt: z.string().nullable().optional(),
  /** Replaces all of the assistant's variables (Famulor does not merge them). */
  variables: VariablesSchema.optional(),
  /** Built-in tools in the flat write shape; replaces all of them, `[]` clears them. */
  tools: z.array(BuiltInToolSchema).optional(),
  /** Custom mid-call tools (/user/tools) by id; replaces all assignments, `[]` removes them. */
  toolIds: z.array(z.number().int().positive()).optional(),
  llmModelId: z.number().int().positive().optional(),
  languageId: z.number().int().positive().optional(),
  timezone: z.string().nullable().optional(),
  /** New assistants are inactive, and an inactive assistant's chats fail. */
  status: z.enum(['active', 'inactive']).optional(),
});
export type AssistantChanges = z.infer<typeof AssistantChangesSchema>;

/** POST /user/assistant: what the create page requires, and the optional fields a copy of an assistant carries. */
export const NewAssistantSchema = z.object({
  name: z.string().min(1).max(255),
  voiceId: z.number().int(),
  languageId: z.number().int(),
  type: z.enum(['inbound', 'outbound']),
  mode: z.enum(ASSISTANT_MODES),
  timezone: z.string().min(1),
  initialMessage: z.string(),
  systemPrompt: z.string(),
  /** Required for `pipeline`. */
  llmModelId: z.number().int().nullable(),
  /** Required for `multimodal` and `dualplex`. */
  multimodalModelId: z.number().int().nullable(),
  variables: VariablesSchema,
  tools: z.array(BuiltInToolSchema),
  toolIds: z.array(z.number().int().positive()),
  knowledgebaseId: z.number().int().nullable(),
});
export type NewAssistant = z.infer<typeof NewAssistantSchema>;

/** What create and update answer: `{message, data: {id, name, status, type, mode}}`. */
export const WrittenAssistantSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  status: z.string().nullable(),
  type: z.string().nullable(),
  mode: z.string().nullable(),
});
export type WrittenAssistant = z.infer<typeof WrittenAssistantSchema>;
