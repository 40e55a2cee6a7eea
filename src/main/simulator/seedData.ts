import { readFile } from 'node:fs/promises';
import { z } from 'zod';

const PhoneSchema = z.string().regex(/^\+[1-9]\d{6,14}$/, 'expected an E.164 phone number');

/** A template as GET /user/whatsapp/senders/{id}/templates lists it (`has_variables` follows from `variables`). */
const WhatsAppTemplateSeedSchema = z.object({
  id: z.number().int().positive(),
  name: z.string().min(1),
  language: z.string().min(1),
  category: z.enum(['marketing', 'utility', 'authentication']),
  status: z.enum(['approved', 'pending', 'rejected']),
  body_text: z.string().min(1),
  /** One name per placeholder, in order: `{{1}}` is the first. */
  variables: z.array(z.string().min(1)),
});

const WhatsAppSenderSeedSchema = z.object({
  /** The thread's `whatsapp_sender.name`, and the sender's `display_name`. */
  name: z.string().min(1),
  phone: PhoneSchema,
  id: z.number().int().positive(),
  status: z.enum(['online', 'offline']),
  quality_rating: z.enum(['GREEN', 'YELLOW', 'RED']),
  /** Unique recipients per 24 hours; null is unlimited. */
  messaging_limit: z.number().int().positive().nullable(),
  templates: z.array(WhatsAppTemplateSeedSchema),
});

export type WhatsAppSenderSeed = z.infer<typeof WhatsAppSenderSeedSchema>;
export type WhatsAppTemplateSeed = z.infer<typeof WhatsAppTemplateSeedSchema>;

/** resources/seed/conversations.json: the material the seeded history is generated from. */
export const SeedFileSchema = z.object({
  /** The PRNG seed: the same file and seed give the same history, ids included. */
  seed: z.number().int(),
  /** How many short threads of each type to generate. */
  type_plan: z.object({
    test: z.number().int().min(0),
    widget: z.number().int().min(0),
    whatsapp: z.number().int().min(0),
    api: z.number().int().min(0),
  }),
  /** The WhatsApp sender (business number) each assistant's WhatsApp threads come from, by assistant id. */
  whatsapp_senders: z.record(z.string(), WhatsAppSenderSeedSchema),
  customers: z
    .array(
      z.object({ name: z.string().min(1), phone: PhoneSchema, email: z.email(), crm_id: z.string().min(1) }),
    )
    .min(1),
  /** What customers write, turn by turn; the assistants' intents produce the replies. */
  scripts: z
    .array(z.object({ assistant_id: z.number().int(), messages: z.array(z.string().min(1)).min(1) }))
    .min(1),
  /** Threads with thousands of messages, produced on first read from a pool of customer lines. */
  long_threads: z.array(
    z.object({
      assistant_id: z.number().int(),
      type: z.enum(['whatsapp', 'api']),
      message_count: z
        .number()
        .int()
        .positive()
        .refine((count) => count % 2 === 0, {
          message: 'a thread of user/assistant pairs has an even count',
        }),
      customer: z.number().int().min(0),
      external_identifier: z.string().min(1).optional(),
      days: z.number().int().positive(),
      chatter: z.array(z.string().min(1)).min(1),
    }),
  ),
});

export type SeedFile = z.infer<typeof SeedFileSchema>;
export type SeedCustomer = SeedFile['customers'][number];

export const loadSeedFile = async (path: string): Promise<SeedFile> => {
  const parsed = SeedFileSchema.safeParse(JSON.parse(await readFile(path, 'utf8')) as unknown);
  if (!parsed.success) throw new Error(`Invalid seed file ${path}:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
};
