import { z } from 'zod';
import {
  WhatsAppSenderFilterSchema,
  WhatsAppSenderSchema,
  WhatsAppSentSchema,
  WhatsAppSessionSchema,
  WhatsAppTemplateFilterSchema,
  WhatsAppTemplateSchema,
} from '../../domain/whatsapp';
import { MAX_CUSTOMER_IDENTIFIER_LENGTH, MAX_WHATSAPP_MESSAGE_LENGTH } from '../../limits';
import { characterCount } from '../../text';
import { channel } from '../channel';

const SenderIdSchema = z.number().int().positive();
const PhoneSchema = z.string().trim().min(1).max(MAX_CUSTOMER_IDENTIFIER_LENGTH);
/** WhatsApp's limit, in characters as Famulor counts them. */
const FreeformMessageSchema = z
  .string()
  .refine((text) => text.trim() !== '', { message: 'A message needs some text.' })
  .refine((text) => characterCount(text) <= MAX_WHATSAPP_MESSAGE_LENGTH, {
    message: `A WhatsApp message has at most ${MAX_WHATSAPP_MESSAGE_LENGTH} characters.`,
  });
const TemplateValueSchema = z.string().max(MAX_WHATSAPP_MESSAGE_LENGTH);

/** A person answering a customer on WhatsApp after taking the thread over (the active profile's account). */
export const whatsappChannels = {
  'whatsapp:senders': channel(
    z.strictObject({ status: WhatsAppSenderFilterSchema.optional() }),
    z.array(WhatsAppSenderSchema),
  ),
  'whatsapp:templates': channel(
    z.strictObject({ senderId: SenderIdSchema, status: WhatsAppTemplateFilterSchema.optional() }),
    z.array(WhatsAppTemplateSchema),
  ),
  'whatsapp:session': channel(
    z.strictObject({ senderId: SenderIdSchema, recipientPhone: PhoneSchema }),
    WhatsAppSessionSchema,
  ),
  /** Billed; sent once (a lost answer is never retried: the thread is read back instead). */
  'whatsapp:sendFreeform': channel(
    z.strictObject({ senderId: SenderIdSchema, recipientPhone: PhoneSchema, message: FreeformMessageSchema }),
    WhatsAppSentSchema,
  ),
  'whatsapp:sendTemplate': channel(
    z.strictObject({
      senderId: SenderIdSchema,
      templateId: z.number().int().positive(),
      recipientPhone: PhoneSchema,
      recipientName: z.string().trim().min(1).max(255).optional(),
      /** By position (`"1"`) or by the template's variable names. */
      variables: z.record(z.string().max(100), TemplateValueSchema).optional(),
    }),
    WhatsAppSentSchema,
  ),
};
