import { z } from 'zod';
import { MAX_CUSTOMER_IDENTIFIER_LENGTH, MAX_PER_PAGE } from '../limits';
import { JsonValueSchema } from './json';

/**
 * The Famulor domain as the app sees it, normalised from the API's variants (famulor-api.md). The client in
 * main maps raw responses onto these; the renderer and the session store only ever see these shapes.
 */

export { JsonValueSchema, type JsonValue } from './json';

export const ConversationTypeSchema = z.enum(['test', 'widget']);
export type ConversationType = z.infer<typeof ConversationTypeSchema>;

export const ThreadTypeSchema = z.enum(['test', 'widget', 'whatsapp', 'api']);
export type ThreadType = z.infer<typeof ThreadTypeSchema>;

export const VariablesSchema = z.record(z.string(), JsonValueSchema);
export type Variables = z.infer<typeof VariablesSchema>;

export const FunctionCallSchema = z.object({
  name: z.string(),
  arguments: JsonValueSchema,
  result: JsonValueSchema,
});
export type FunctionCall = z.infer<typeof FunctionCallSchema>;

export const HistoryEntrySchema = z.object({
  role: z.string(),
  content: z.string(),
  functionCalls: z.array(FunctionCallSchema),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

export const ContactSchema = z.object({ name: z.string().nullable(), phone: z.string().nullable() });
export type Contact = z.infer<typeof ContactSchema>;

export const AssistantSchema = z.object({
  /** Integer id: generate-reply and the conversation-list filter want this one. */
  id: z.number().int().nullable(),
  /** UUID: create-conversation wants this one. */
  uuid: z.string().nullable(),
  name: z.string(),
  variables: VariablesSchema,
  initialMessage: z.string().nullable(),
  systemPrompt: z.string().nullable(),
  language: z.string().nullable(),
  timezone: z.string().nullable(),
  status: z.string().nullable(),
  /** Everything the API sent, for the raw view. */
  raw: z.record(z.string(), JsonValueSchema),
});
export type Assistant = z.infer<typeof AssistantSchema>;

export const AssistantPageSchema = z.object({
  assistants: z.array(AssistantSchema),
  currentPage: z.number().int(),
  lastPage: z.number().int(),
  perPage: z.number().int(),
  total: z.number().int(),
});
export type AssistantPage = z.infer<typeof AssistantPageSchema>;

/** A tool as the assistant list shows it (the read shape); writes take BuiltInToolSchema's flat shape. */
export const AssistantToolSchema = z.object({ type: z.string(), data: JsonValueSchema });
export type AssistantTool = z.infer<typeof AssistantToolSchema>;

export const CreatedConversationSchema = z.object({
  conversationId: z.string(),
  history: z.array(HistoryEntrySchema),
});
export type CreatedConversation = z.infer<typeof CreatedConversationSchema>;

export const AssistantReplySchema = z.object({
  message: z.string(),
  functionCalls: z.array(FunctionCallSchema),
});
export type AssistantReply = z.infer<typeof AssistantReplySchema>;

/** What a pane's send ends with: the reply, and whether it was read back from the history after a lost answer. */
export const SentMessageSchema = AssistantReplySchema.extend({ recovered: z.boolean() });
export type SentMessage = z.infer<typeof SentMessageSchema>;

export const ConversationDetailSchema = z.object({
  history: z.array(HistoryEntrySchema),
  variables: VariablesSchema.nullable(),
  externalIdentifier: z.string().nullable(),
  whatsappSender: ContactSchema.nullable(),
  customer: ContactSchema.nullable(),
});
export type ConversationDetail = z.infer<typeof ConversationDetailSchema>;

/**
 * A thread as it opens: `detail` with only its latest entries, and how many earlier ones main holds for
 * `conversation:earlier` (null when `detail` has them all) — so the first screen does not wait for the rest.
 */
export const OpenedConversationSchema = z.object({
  detail: ConversationDetailSchema,
  earlier: z.object({ count: z.number().int().positive(), hold: z.string() }).nullable(),
});
export type OpenedConversation = z.infer<typeof OpenedConversationSchema>;

export const GeneratedReplySchema = z.object({
  conversationId: z.string(),
  customerIdentifier: z.string(),
  reply: z.string().nullable(),
  functionCalls: z.array(FunctionCallSchema),
  aiDisabled: z.boolean(),
});
export type GeneratedReply = z.infer<typeof GeneratedReplySchema>;

export const ConversationSummarySchema = z.object({
  id: z.string(),
  /** The list carries the assistant's UUID (famulor-api.md), kept as the API sent it. */
  assistantId: z.union([z.string(), z.number()]).nullable(),
  assistantName: z.string().nullable(),
  type: z.string(),
  variables: VariablesSchema.nullable(),
  messageCount: z.number(),
  totalCost: z.number(),
  aiEnabled: z.boolean(),
  createdAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
  externalIdentifier: z.string().nullable(),
  whatsappSender: ContactSchema.nullable(),
  customer: ContactSchema.nullable(),
});
export type ConversationSummary = z.infer<typeof ConversationSummarySchema>;

export const PerPageSchema = z.number().int().min(1).max(MAX_PER_PAGE);
const PhoneFilterSchema = z.string().trim().max(MAX_CUSTOMER_IDENTIFIER_LENGTH).optional();

/** list-conversations' filters and paging, as the threads view asks for them and the client sends them. */
export const ConversationFiltersSchema = z.strictObject({
  type: ThreadTypeSchema.optional(),
  assistantId: z.number().int().positive().optional(),
  customerPhone: PhoneFilterSchema,
  whatsappSenderPhone: PhoneFilterSchema,
  externalIdentifier: z.string().trim().max(MAX_CUSTOMER_IDENTIFIER_LENGTH).optional(),
  perPage: PerPageSchema.optional(),
  cursor: z.string().max(2000).nullable().optional(),
});
export type ConversationFilters = z.infer<typeof ConversationFiltersSchema>;

export const ConversationPageSchema = z.object({
  conversations: z.array(ConversationSummarySchema),
  perPage: z.number().int(),
  nextCursor: z.string().nullable(),
  prevCursor: z.string().nullable(),
});
export type ConversationPage = z.infer<typeof ConversationPageSchema>;

export const AccountSchema = z.object({
  name: z.string(),
  email: z.string(),
  totalBalance: z.number(),
});
export type Account = z.infer<typeof AccountSchema>;

export const AiSwitchSchema = z.object({ aiEnabled: z.boolean() });
export type AiSwitch = z.infer<typeof AiSwitchSchema>;

/** One HTTP exchange as recorded by the client for the raw view; the Authorization header is redacted. */
export const ExchangeSchema = z.object({
  id: z.string(),
  startedAt: z.string(),
  method: z.string(),
  path: z.string(),
  status: z.number().int().nullable(),
  durationMs: z.number(),
  requestHeaders: z.record(z.string(), z.string()),
  requestBody: JsonValueSchema.nullable(),
  responseBody: z.union([JsonValueSchema, z.string()]).nullable(),
  /** The answer's size as it came, in bytes (0 without one). */
  responseBytes: z.number().int().nonnegative(),
  /** A large answer is kept as the first part of its text only (see RECORDED_BODY_LIMIT in main). */
  responseCut: z.boolean(),
  errorCode: z.string().nullable(),
  attempt: z.number().int(),
  /** Set by the caller (the UI tags exchanges per pane) so the raw view can filter them. */
  tag: z.string().nullable(),
});
export type Exchange = z.infer<typeof ExchangeSchema>;
