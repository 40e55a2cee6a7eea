import { z } from 'zod';
import { JsonValueSchema } from '../../../shared/domain/famulor';

/**
 * The success bodies famulor-api.md documents, field by field (presence and type). Unlike the simulator's own
 * strict shapes these allow extra fields, because the real API may send more than the reference names; where
 * the reference contradicts itself (numbers as strings, `variables` missing on older pages) both are allowed.
 */

const integerLike = z.union([z.number().int(), z.string().regex(/^\d+$/)]);
const numberLike = z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/)]);
const idLike = z.union([z.string().min(1), z.number()]);
const variables = z.union([z.record(z.string(), JsonValueSchema), z.array(z.never()), z.null()]);
const timestamp = z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
const contact = z.object({
  name: z.string().nullable(),
  phone: z.union([z.string(), z.number()]).nullable(),
});

const functionCall = z.object({ name: z.string(), arguments: JsonValueSchema, result: JsonValueSchema });
const historyEntry = z.object({
  role: z.string(),
  content: z.string().nullable(),
  function_calls: z.array(functionCall).optional(),
});

const sessionStatus = z.object({
  is_open: z.boolean(),
  can_send_freeform: z.boolean(),
  requires_template: z.boolean(),
  message: z.string(),
  minutes_remaining: integerLike.optional(),
  expires_at: z.string().optional(),
  expired_at: z.string().optional(),
});

/** The WhatsApp pages (en/api-reference/whatsapp/*). */
export const documentedWhatsApp = {
  senders: z.object({
    data: z.array(
      z.object({
        id: integerLike,
        phone_number: z.string(),
        display_name: z.string(),
        status: z.string(),
        quality_rating: z.string().nullable(),
        messaging_limit: integerLike.nullable(),
        messaging_limit_formatted: z.string(),
      }),
    ),
  }),
  templates: z.object({
    data: z.array(
      z.object({
        id: integerLike,
        name: z.string(),
        language: z.string(),
        category: z.string(),
        status: z.string(),
        body_text: z.string(),
        variables: z.array(z.string()),
        has_variables: z.boolean(),
      }),
    ),
  }),
  session: z.object({
    success: z.literal(true),
    has_conversation: z.boolean(),
    conversation_id: integerLike.optional(),
    customer_name: z.string().optional(),
    last_customer_message_at: z.string().optional(),
    session_status: sessionStatus,
  }),
  sent: z.object({
    success: z.literal(true),
    conversation_id: integerLike,
    message_id: integerLike,
    whatsapp_message_id: integerLike,
    message_sid: z.string(),
    session_status: sessionStatus.optional(),
    status: z.string().optional(),
  }),
  error: z.object({ success: z.literal(false), error: z.string(), error_code: z.string() }),
};

export const documented = {
  account: z.object({ name: z.string(), email: z.string(), total_balance: numberLike }),
  assistantPage: z.object({
    data: z.array(
      z.object({
        id: integerLike,
        uuid: z.string().min(1),
        name: z.string(),
        variables: variables.optional(),
        initial_message: z.string().nullable().optional(),
        system_prompt: z.string().nullable().optional(),
        tools: z.array(z.object({ type: z.string(), data: JsonValueSchema })).optional(),
      }),
    ),
    current_page: integerLike,
    per_page: integerLike,
    total: integerLike,
    last_page: integerLike,
  }),
  created: z.object({
    status: z.literal(true),
    conversation_id: idLike,
    history: z.array(historyEntry),
  }),
  sent: z.object({ status: z.literal(true), message: z.string(), function_calls: z.array(functionCall) }),
  detail: z.object({
    status: z.literal(true),
    history: z.array(historyEntry),
    variables: variables.optional(),
    external_identifier: z.string().nullable().optional(),
    whatsapp_sender: contact.nullable().optional(),
    customer: contact.nullable().optional(),
  }),
  generated: z.object({
    success: z.literal(true),
    conversation_id: idLike,
    customer_identifier: z.string(),
    reply: z.string().nullable(),
    function_calls: z.array(functionCall),
    ai_disabled: z.boolean(),
  }),
  conversationPage: z.object({
    data: z.array(
      z.object({
        id: idLike,
        assistant_id: idLike.nullable(),
        assistant_name: z.string().nullable(),
        type: z.enum(['test', 'widget', 'whatsapp', 'api']),
        variables,
        message_count: integerLike,
        total_cost: numberLike,
        ai_enabled: z.boolean(),
        created_at: timestamp,
        updated_at: timestamp,
        external_identifier: z.string().nullable().optional(),
        whatsapp_sender: contact.nullable().optional(),
        customer: contact.nullable().optional(),
      }),
    ),
    path: z.string(),
    per_page: integerLike,
    next_cursor: z.string().nullable(),
    prev_cursor: z.string().nullable(),
  }),
  aiSwitch: z.object({ status: z.literal(true), ai_enabled: z.boolean() }),
  models: z.union([
    z.object({ data: z.array(z.object({ id: integerLike, name: z.string(), code: z.string().optional() })) }),
    z.array(z.object({ id: integerLike, name: z.string(), code: z.string().optional() })),
  ]),
  /** The languages page documents a bare array. */
  languages: z.array(z.object({ id: integerLike, name: z.string(), iso_2: z.string() })),
  /** Create and update answer alike. */
  written: z.object({
    message: z.string(),
    data: z.object({
      id: integerLike,
      name: z.string(),
      status: z.string(),
      type: z.string(),
      mode: z.string(),
    }),
  }),
};
