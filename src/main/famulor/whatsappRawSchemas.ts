import { z } from 'zod';
import type {
  WhatsAppSender,
  WhatsAppSent,
  WhatsAppSession,
  WhatsAppTemplate,
  WhatsAppWindow,
} from '../../shared/domain/whatsapp';
import { flag, integer, optionalText } from './rawSchemas';

/** The WhatsApp pages' answers (en/api-reference/whatsapp/*), decoded as tolerantly as the other endpoints'. */

const optionalInteger = integer.nullish().transform((value) => value ?? null);

const SenderRaw = z
  .object({
    id: integer,
    phone_number: z.union([z.string(), z.number()]).transform(String),
    display_name: optionalText,
    status: z.string(),
    quality_rating: optionalText,
    messaging_limit: optionalInteger,
    messaging_limit_formatted: optionalText,
  })
  .transform((raw): WhatsAppSender => ({
    id: raw.id,
    phoneNumber: raw.phone_number,
    // A sender without a display name is still one to pick: shown by its number.
    displayName: raw.display_name ?? raw.phone_number,
    status: raw.status,
    qualityRating: raw.quality_rating,
    messagingLimit: raw.messaging_limit,
    messagingLimitFormatted: raw.messaging_limit_formatted,
  }));

export const SendersResponse = z.object({ data: z.array(SenderRaw) }).transform((raw) => raw.data);

const TemplateRaw = z
  .object({
    id: integer,
    name: z.string(),
    language: z.string(),
    category: optionalText,
    status: z.string(),
    body_text: z.string(),
    variables: z
      .array(z.string())
      .nullish()
      .transform((names) => names ?? []),
    has_variables: flag.optional(),
  })
  .transform((raw): WhatsAppTemplate => ({
    id: raw.id,
    name: raw.name,
    language: raw.language,
    category: raw.category,
    status: raw.status,
    bodyText: raw.body_text,
    variables: raw.variables,
    hasVariables: raw.has_variables ?? raw.variables.length > 0,
  }));

export const TemplatesResponse = z.object({ data: z.array(TemplateRaw) }).transform((raw) => raw.data);

export const WindowRaw = z
  .object({
    is_open: flag,
    can_send_freeform: flag,
    requires_template: flag,
    message: optionalText,
    minutes_remaining: optionalInteger,
    expires_at: optionalText,
    expired_at: optionalText,
  })
  .transform((raw): WhatsAppWindow => ({
    isOpen: raw.is_open,
    canSendFreeform: raw.can_send_freeform,
    requiresTemplate: raw.requires_template,
    message: raw.message,
    minutesRemaining: raw.minutes_remaining,
    expiresAt: raw.expires_at,
    expiredAt: raw.expired_at,
  }));

export const SessionResponse = z
  .object({
    has_conversation: flag,
    conversation_id: optionalInteger,
    customer_name: optionalText,
    last_customer_message_at: optionalText,
    session_status: WindowRaw,
  })
  .transform((raw): WhatsAppSession => ({
    hasConversation: raw.has_conversation,
    conversationId: raw.conversation_id,
    customerName: raw.customer_name,
    lastCustomerMessageAt: raw.last_customer_message_at,
    window: raw.session_status,
  }));

/** Both sends answer the message's ids; send-freeform adds the window, send (template) a delivery status. */
export const SentResponse = z
  .object({
    conversation_id: integer,
    message_id: integer,
    whatsapp_message_id: integer,
    message_sid: z.string(),
    session_status: WindowRaw.nullish(),
    status: optionalText,
  })
  .transform((raw): WhatsAppSent => ({
    conversationId: raw.conversation_id,
    messageId: raw.message_id,
    whatsappMessageId: raw.whatsapp_message_id,
    messageSid: raw.message_sid,
    window: raw.session_status ?? null,
    deliveryStatus: raw.status,
  }));
