import { z } from 'zod';
import { RecordedConversationSchema } from '../../shared/domain/demoPack';
import { AssistantToolSchema, JsonValueSchema, VariablesSchema } from '../../shared/domain/famulor';
import { BUILT_IN_TOOL_TYPES } from '../../shared/domain/tools';
import { isTimeZone } from '../../shared/time/wallClock';
import { ASSISTANT_MODES, LANGUAGES } from './catalogue';

const ENGLISH_ID = 1;

/** Patterns are compiled case-insensitive and Unicode-aware, so "Öffnungszeiten" matches "öffnungszeit". */
export const PATTERN_FLAGS = 'iu';

const compiles = (pattern: string): boolean => {
  try {
    new RegExp(pattern, PATTERN_FLAGS);
    return true;
  } catch {
    return false;
  }
};

const PatternSchema = z.string().min(1).refine(compiles, { message: 'not a valid regular expression' });
const TimestampSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/, 'expected "YYYY-MM-DD HH:MM:SS"');

/** How one language recognises an intent: a keyword matches at the start of a word, a pattern anywhere. */
const LanguageTriggerSchema = z
  .object({
    keywords: z.array(z.string().min(1)).default([]),
    patterns: z.array(PatternSchema).default([]),
  })
  .refine((trigger) => trigger.keywords.length + trigger.patterns.length > 0, {
    message: 'a language needs at least one keyword or pattern',
  });

const FunctionCallTemplateSchema = z.object({
  name: z.string().min(1),
  /** JSON whose strings are templates; `{{call_ref}}` in the result is a reference derived from the arguments. */
  arguments: JsonValueSchema,
  result: JsonValueSchema,
});

const IntentSchema = z
  .object({
    name: z.string().min(1),
    /** Per language; the language whose trigger matched picks the reply. */
    match: z.record(z.string(), LanguageTriggerSchema),
    /** Names that must resolve to a non-empty value (slot, variable or system variable) for the intent to apply. */
    requires: z.array(z.string()).default([]),
    /**
     * Slots whose value must match a pattern for the intent to apply: a time among the calendar's free slots books
     * it, another is answered as taken, so no reply claims what its function call did not show.
     */
    slot_matches: z.record(z.string(), PatternSchema).default({}),
    /** Slots filled in when the conversation has not got them yet (templates). */
    slot_defaults: z.record(z.string(), z.string()).default({}),
    function_calls: z.array(FunctionCallTemplateSchema).default([]),
    reply: z.record(z.string(), z.string()),
    /** Slots forgotten after the reply, so a finished booking is not booked again. */
    clear_slots: z.array(z.string()).default([]),
    /** Hands the conversation to a human: AI is switched off afterwards. */
    disable_ai: z.boolean().default(false),
  })
  .refine((intent) => Object.keys(intent.match).every((language) => language in intent.reply), {
    message: 'every language in match needs a reply',
  });

/** Pulls slots out of any user message; named groups become slots unless `slots` maps them through templates. */
const ExtractorSchema = z.object({
  pattern: PatternSchema,
  slots: z.record(z.string(), z.string()).optional(),
});

// Built-in tools as the assistant list shows them (the read shape), of the documented types only.
const BuiltInToolReadSchema = AssistantToolSchema.extend({
  type: z.enum(BUILT_IN_TOOL_TYPES),
  data: z.record(z.string(), JsonValueSchema),
});

/** A custom HTTP tool as GET /user/tools documents it; the assistant's replies call these by name. */
export const MidCallToolSchema = z.strictObject({
  id: z.number().int().positive(),
  name: z.string().regex(/^[a-z0-9_]+$/, 'lowercase with underscores'),
  description: z.string().min(1).max(255),
  endpoint: z.url(),
  method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
  timeout: z.number().int().min(1).max(30),
  headers: z.array(z.strictObject({ name: z.string().min(1), value: z.string() })),
  schema: z.array(
    z.strictObject({
      name: z.string().min(1),
      type: z.enum(['string', 'number', 'boolean']),
      description: z.string().min(1),
    }),
  ),
  created_at: z.string(),
  updated_at: z.string(),
});
export type MidCallTool = z.infer<typeof MidCallToolSchema>;

const DEFAULT_TIMESTAMP = '2026-01-01 00:00:00';

/**
 * One assistant of a demo pack: the fields a listed Famulor assistant has (defaults where a hand-written pack
 * leaves them out), and what answers its messages — recorded conversations, the simulator's own intents, or both.
 */
export const AssistantFileSchema = z
  .object({
    /** Kept when free; an assistant whose id another pack took first gets the next free one. */
    id: z.number().int().positive(),
    uuid: z.uuid(),
    name: z.string().min(1).max(255),
    language: z.string().min(2),
    /** Languages the intents are written in, in the order they are tried; the assistant's language if left out. */
    languages: z.array(z.string().min(2)).min(1).optional(),
    type: z.enum(['inbound', 'outbound']).default('inbound'),
    status: z.enum(['active', 'inactive']).default('active'),
    mode: z.enum(ASSISTANT_MODES).default('pipeline'),
    /** Ids of the simulator's catalogue (catalogue.ts), as Famulor lists them on an assistant. */
    language_id: z
      .number()
      .int()
      .refine((id) => LANGUAGES.some((language) => language.id === id), {
        message: "not one of the simulator's languages (catalogue.ts)",
      })
      .optional(),
    voice_id: z.number().int().positive().default(1),
    llm_model_id: z.number().int().positive().nullable().default(1),
    multimodal_model_id: z.number().int().positive().nullable().default(null),
    timezone: z.string().refine(isTimeZone, { message: 'not an IANA timezone' }).default('Europe/Berlin'),
    phone_number: z.string().nullable().default(null),
    initial_message: z.string().nullable().default(null),
    system_prompt: z.string().nullable().default(null),
    variables: VariablesSchema.default({}),
    tools: z.array(BuiltInToolReadSchema).default([]),
    /** The account's custom tools this assistant brings along, attached to it (its initial tool_ids). */
    mid_call_tools: z.array(MidCallToolSchema).default([]),
    /** The in-character answer to a message nothing matches, per language; else the pack's marked one. */
    fallback: z.record(z.string(), z.string()).default({}),
    extractors: z.array(ExtractorSchema).default([]),
    /** Reads "tomorrow at 10" / "morgen um 10" as `date` and `time` slots (naturalDates.ts). */
    natural_dates: z.boolean().default(false),
    intents: z.array(IntentSchema).default([]),
    /** Conversations recorded from the real assistant, served by similarity (recordedTurns.ts). */
    conversations: z.array(RecordedConversationSchema).default([]),
    created_at: TimestampSchema.default(DEFAULT_TIMESTAMP),
    updated_at: TimestampSchema.default(DEFAULT_TIMESTAMP),
  })
  .refine((assistant) => assistant.intents.length + assistant.conversations.length > 0, {
    message: 'an assistant needs recorded conversations or intents',
  })
  .refine(
    (assistant) =>
      assistant.intents.every((intent) =>
        intent.function_calls.every((call) =>
          assistant.mid_call_tools.some((tool) => tool.name === call.name),
        ),
      ),
    { message: 'every function call must name one of the mid_call_tools' },
  )
  .transform((assistant) => ({
    ...assistant,
    languages: assistant.languages ?? [assistant.language],
    // A pack recorded from a real account names ids of that account's catalogue; the language's code decides here.
    language_id:
      assistant.language_id ??
      LANGUAGES.find((language) => language.iso_2 === assistant.language)?.id ??
      ENGLISH_ID,
  }));

export type AssistantFile = z.output<typeof AssistantFileSchema>;
export type IntentDefinition = AssistantFile['intents'][number];
export type ExtractorDefinition = AssistantFile['extractors'][number];
