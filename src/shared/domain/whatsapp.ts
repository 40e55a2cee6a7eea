import { z } from 'zod';

/**
 * Famulor's WhatsApp side, as the app uses it after a takeover (en/api-reference/whatsapp/*): the account's senders
 * (business numbers), a sender's templates, the 24-hour window with one customer, and what a send answers.
 */

export const WhatsAppSenderSchema = z.object({
  /** What the sends and the session status take as `sender_id`. */
  id: z.number().int(),
  phoneNumber: z.string(),
  displayName: z.string(),
  /** `online` or `offline` as Famulor reports it (synced with Meta every 5 minutes). */
  status: z.string(),
  qualityRating: z.string().nullable(),
  /** Unique recipients per 24 hours; null is unlimited. */
  messagingLimit: z.number().int().nullable(),
  messagingLimitFormatted: z.string().nullable(),
});
export type WhatsAppSender = z.infer<typeof WhatsAppSenderSchema>;

export const WhatsAppTemplateSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  language: z.string(),
  category: z.string().nullable(),
  status: z.string(),
  /** With placeholders `{{1}}`, `{{2}}`…; `variables` names them in order. */
  bodyText: z.string(),
  variables: z.array(z.string()),
  hasVariables: z.boolean(),
});
export type WhatsAppTemplate = z.infer<typeof WhatsAppTemplateSchema>;

/** The `session_status` object: whether freeform messages can go out now, and until or since when. */
export const WhatsAppWindowSchema = z.object({
  isOpen: z.boolean(),
  canSendFreeform: z.boolean(),
  requiresTemplate: z.boolean(),
  /** Famulor's own sentence, shown as Famulor's (the app words the state itself). */
  message: z.string().nullable(),
  minutesRemaining: z.number().int().nullable(),
  /** ISO 8601. */
  expiresAt: z.string().nullable(),
  expiredAt: z.string().nullable(),
});
export type WhatsAppWindow = z.infer<typeof WhatsAppWindowSchema>;

export const WhatsAppSessionSchema = z.object({
  hasConversation: z.boolean(),
  /** The WhatsApp pages' integer id, not the chat pages' UUID. */
  conversationId: z.number().int().nullable(),
  customerName: z.string().nullable(),
  lastCustomerMessageAt: z.string().nullable(),
  window: WhatsAppWindowSchema,
});
export type WhatsAppSession = z.infer<typeof WhatsAppSessionSchema>;

export const WhatsAppSentSchema = z.object({
  conversationId: z.number().int(),
  messageId: z.number().int(),
  whatsappMessageId: z.number().int(),
  messageSid: z.string(),
  /** send-freeform: the window after sending. */
  window: WhatsAppWindowSchema.nullable(),
  /** send (template): the first delivery status, e.g. `queued`. */
  deliveryStatus: z.string().nullable(),
});
export type WhatsAppSent = z.infer<typeof WhatsAppSentSchema>;

export const WhatsAppSenderFilterSchema = z.enum(['online', 'all']);
export const WhatsAppTemplateFilterSchema = z.enum(['approved', 'all']);
