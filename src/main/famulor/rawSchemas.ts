import { z } from 'zod';
import {
  JsonValueSchema,
  VariablesSchema,
  type JsonValue,
  type Account,
  type AiSwitch,
  type Assistant,
  type AssistantPage,
  type AssistantReply,
  type ConversationDetail,
  type ConversationPage,
  type ConversationSummary,
  type CreatedConversation,
  type GeneratedReply,
} from '../../shared/domain/famulor';

/**
 * Famulor's raw responses, decoded into the app's domain. Every schema is tolerant of the variants the
 * reference shows (famulor-api.md): numbers sent as strings (Laravel), PHP's `[]` for an empty object, optional
 * extra fields, missing optional fields. Unknown fields are dropped here; the recorder keeps the raw bodies.
 */

const numeric = z.union([
  z.number(),
  z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?$/)
    .transform(Number),
]);
export const integer = z.union([z.number().int(), z.string().trim().regex(/^\d+$/).transform(Number)]);
const idText = z.union([z.string(), z.number()]).transform(String);
export const optionalText = z
  .string()
  .nullish()
  .transform((value) => value ?? null);
export const flag = z.union([
  z.boolean(),
  z.literal(0).transform(() => false),
  z.literal(1).transform(() => true),
]);
/** PHP serialises an empty associative array as `[]`. */
const emptyPhpArray = z
  .array(z.unknown())
  .length(0)
  .transform(() => ({}));
const variables = z
  .union([VariablesSchema, emptyPhpArray])
  .nullish()
  .transform((value) => value ?? null);

/**
 * A value straight from JSON.parse, which can only produce JSON values: it is taken as it is. Checking it again
 * (a recursive zod schema) walked and copied the arguments and results of every call in a long thread.
 */
const parsedJson = z
  .custom<JsonValue>(() => true)
  .nullish()
  .transform((value) => value ?? null);

const FunctionCallRaw = z.object({ name: z.string(), arguments: parsedJson, result: parsedJson });
const functionCalls = z
  .array(FunctionCallRaw)
  .nullish()
  .transform((calls) => calls ?? []);

const HistoryEntryRaw = z
  .object({ role: z.string(), content: z.string().nullish(), function_calls: functionCalls })
  .transform((entry) => ({
    role: entry.role,
    content: entry.content ?? '',
    functionCalls: entry.function_calls,
  }));
// Documented on every variant of create and get, so its absence means the body is not what we think.
const history = z
  .array(HistoryEntryRaw)
  .nullable()
  .transform((entries) => entries ?? []);

const contact = z
  .object({ name: optionalText, phone: z.union([z.string(), z.number()]).nullish() })
  .nullish()
  .transform((raw) => (raw ? { name: raw.name, phone: raw.phone == null ? null : String(raw.phone) } : null));

export const CreatedConversationResponse = z
  .object({ conversation_id: idText, history })
  .transform((raw): CreatedConversation => ({ conversationId: raw.conversation_id, history: raw.history }));

export const AssistantReplyResponse = z
  .object({ message: z.string().nullable(), function_calls: functionCalls })
  .transform((raw): AssistantReply => ({ message: raw.message ?? '', functionCalls: raw.function_calls }));

export const ConversationDetailResponse = z
  .object({
    history,
    variables,
    external_identifier: optionalText,
    whatsapp_sender: contact,
    customer: contact,
  })
  .transform((raw): ConversationDetail => ({
    history: raw.history,
    variables: raw.variables,
    externalIdentifier: raw.external_identifier,
    whatsappSender: raw.whatsapp_sender,
    customer: raw.customer,
  }));

export const GeneratedReplyResponse = z
  .object({
    conversation_id: idText,
    customer_identifier: z.string(),
    reply: optionalText,
    function_calls: functionCalls,
    ai_disabled: flag.nullish(),
  })
  .transform((raw): GeneratedReply => ({
    conversationId: raw.conversation_id,
    customerIdentifier: raw.customer_identifier,
    reply: raw.reply,
    functionCalls: raw.function_calls,
    aiDisabled: raw.ai_disabled ?? false,
  }));

const ConversationSummaryRaw = z
  .object({
    id: idText,
    assistant_id: z.union([z.string(), z.number()]).nullish(),
    assistant_name: optionalText,
    type: z.string(),
    variables,
    message_count: numeric.nullish(),
    total_cost: numeric.nullish(),
    ai_enabled: flag.nullish(),
    created_at: optionalText,
    updated_at: optionalText,
    external_identifier: optionalText,
    whatsapp_sender: contact,
    customer: contact,
  })
  .transform((raw): ConversationSummary => ({
    id: raw.id,
    assistantId: raw.assistant_id ?? null,
    assistantName: raw.assistant_name,
    type: raw.type,
    variables: raw.variables,
    messageCount: raw.message_count ?? 0,
    totalCost: raw.total_cost ?? 0,
    // Nothing documented switches AI off except a takeover, which the list reports explicitly.
    aiEnabled: raw.ai_enabled ?? true,
    createdAt: raw.created_at,
    updatedAt: raw.updated_at,
    externalIdentifier: raw.external_identifier,
    whatsappSender: raw.whatsapp_sender,
    customer: raw.customer,
  }));

export const ConversationPageResponse = z
  .object({
    data: z.array(ConversationSummaryRaw),
    per_page: integer,
    next_cursor: optionalText,
    prev_cursor: optionalText,
  })
  .transform((raw): ConversationPage => ({
    conversations: raw.data,
    perPage: raw.per_page,
    nextCursor: raw.next_cursor,
    prevCursor: raw.prev_cursor,
  }));

const AssistantFields = z.object({
  id: integer.nullish().transform((value) => value ?? null),
  uuid: optionalText,
  name: optionalText,
  variables,
  initial_message: optionalText,
  system_prompt: optionalText,
  language: optionalText,
  timezone: optionalText,
  status: optionalText,
});

/** Keeps every field Famulor sent in `raw`: assistants carry voice and telephony fields the app ignores. */
const AssistantRaw = z.record(z.string(), JsonValueSchema).transform((raw, context): Assistant => {
  const fields = AssistantFields.safeParse(raw);
  if (!fields.success) {
    context.addIssue({ code: 'custom', message: z.prettifyError(fields.error) });
    return z.NEVER;
  }
  const { data } = fields;
  return {
    id: data.id,
    uuid: data.uuid,
    name: data.name ?? '',
    variables: data.variables ?? {},
    initialMessage: data.initial_message,
    systemPrompt: data.system_prompt,
    language: data.language,
    timezone: data.timezone,
    status: data.status,
    raw,
  };
});

export const AssistantPageResponse = z
  .object({
    data: z.array(AssistantRaw),
    current_page: integer,
    per_page: integer,
    total: integer,
    last_page: integer,
  })
  .transform((raw): AssistantPage => ({
    assistants: raw.data,
    currentPage: raw.current_page,
    lastPage: raw.last_page,
    perPage: raw.per_page,
    total: raw.total,
  }));

export const AccountResponse = z
  .object({ name: z.string(), email: z.string(), total_balance: numeric })
  .transform((raw): Account => ({ name: raw.name, email: raw.email, totalBalance: raw.total_balance }));

export const AiSwitchResponse = z
  .object({ ai_enabled: flag })
  .transform((raw): AiSwitch => ({ aiEnabled: raw.ai_enabled }));
