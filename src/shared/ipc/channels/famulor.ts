import { z } from 'zod';
import {
  AccountSchema,
  AiSwitchSchema,
  AssistantPageSchema,
  ConversationDetailSchema,
  ConversationPageSchema,
  ConversationTypeSchema,
  CreatedConversationSchema,
  ExchangeSchema,
  GeneratedReplySchema,
  HistoryEntrySchema,
  OpenedConversationSchema,
  SentMessageSchema,
  ConversationFiltersSchema,
  PerPageSchema,
  VariablesSchema,
} from '../../domain/famulor';
import {
  MAX_CUSTOMER_IDENTIFIER_LENGTH,
  MAX_ID_LENGTH,
  MAX_MESSAGE_LENGTH,
  MAX_TEXT_LENGTH,
} from '../../limits';
import { characterCount } from '../../text';
import { channel } from '../channel';

/** send-message's limit, counted in characters as Famulor counts them. */
const SendMessageSchema = z
  .string()
  .min(1)
  .refine((text) => characterCount(text) <= MAX_MESSAGE_LENGTH, {
    message: `A message has at most ${MAX_MESSAGE_LENGTH} characters.`,
  });
// generate-reply documents no length limit; the generic bound only keeps the channel's input finite.
const GenerateReplyMessageSchema = z.string().min(1).max(MAX_TEXT_LENGTH);

/** More than a screenful, so that scrolling up while the rest arrives finds messages; far less than a long thread. */
const MAX_OPEN_LATEST = 1000;
const ConversationIdSchema = z.string().trim().min(1).max(MAX_ID_LENGTH);
/** Groups recorded HTTP exchanges, e.g. per playground pane, for the raw view. */
const TagSchema = z.string().max(MAX_ID_LENGTH).optional();

/** The Famulor API, called with the active connection profile (its base URL and its key, read in main). */
export const famulorChannels = {
  'assistants:list': channel(
    z.strictObject({ page: z.number().int().min(1).optional(), perPage: PerPageSchema.optional() }),
    AssistantPageSchema,
  ),
  'account:get': channel(z.strictObject({}), AccountSchema),
  'conversation:create': channel(
    z.strictObject({
      assistantUuid: z.string().trim().min(1).max(MAX_ID_LENGTH),
      type: ConversationTypeSchema,
      variables: VariablesSchema.optional(),
      tag: TagSchema,
    }),
    CreatedConversationSchema,
  ),
  'conversation:send': channel(
    z.strictObject({
      conversationId: ConversationIdSchema,
      message: SendMessageSchema,
      /** User messages the conversation already has: where main looks for this one after a lost answer. */
      userMessagesBefore: z.number().int().nonnegative(),
      tag: TagSchema,
    }),
    SentMessageSchema,
  ),
  'conversation:get': channel(
    z.strictObject({ conversationId: ConversationIdSchema, tag: TagSchema }),
    ConversationDetailSchema,
  ),
  /** A thread opening at its latest `latest` entries; the earlier ones of the same answer follow on request. */
  'conversation:open': channel(
    z.strictObject({
      conversationId: ConversationIdSchema,
      latest: z.number().int().min(1).max(MAX_OPEN_LATEST),
      tag: TagSchema,
    }),
    OpenedConversationSchema,
  ),
  /** The entries `conversation:open` held back, once; `history_hold_gone` after that or after a while. */
  'conversation:earlier': channel(
    z.strictObject({ hold: z.string().min(1).max(MAX_ID_LENGTH) }),
    z.array(HistoryEntrySchema),
  ),
  'conversation:generateReply': channel(
    z.strictObject({
      assistantId: z.number().int().positive(),
      customerIdentifier: z
        .string()
        .trim()
        .min(1)
        .refine((text) => characterCount(text) <= MAX_CUSTOMER_IDENTIFIER_LENGTH),
      message: GenerateReplyMessageSchema,
      variables: VariablesSchema.optional(),
      tag: TagSchema,
    }),
    GeneratedReplySchema,
  ),
  'conversation:list': channel(ConversationFiltersSchema, ConversationPageSchema),
  'conversation:disableAi': channel(z.strictObject({ conversationId: ConversationIdSchema }), AiSwitchSchema),
  'conversation:enableAi': channel(z.strictObject({ conversationId: ConversationIdSchema }), AiSwitchSchema),
  'exchanges:list': channel(z.strictObject({ tag: TagSchema }), z.array(ExchangeSchema)),
};
