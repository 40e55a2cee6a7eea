import type { JsonValue } from '../../../shared/domain/famulor';
import { MAX_WHATSAPP_MESSAGE_LENGTH } from '../../../shared/limits';
import { MESSAGE_COST_CENTS } from '../billing';
import { startConversation, type Conversation } from '../conversations';
import { isPlainObject, json, type ApiResponse, type RequestContext } from '../http';
import type { SimulatorState } from '../state';
import { LaravelValidator, laravelMessages } from '../validation';
import type { SimulatedSender, SimulatedTemplate } from '../whatsapp/desk';
import { isoWithOffset, sessionStatusAt } from '../whatsapp/sessionWindow';
import { INSUFFICIENT_BALANCE } from './chat';

// The WhatsApp pages of Famulor's reference (en/api-reference/whatsapp/*), their bodies and errors as documented.
// Where a page is silent (the order of the checks, what an unknown `status` filter does, what a template sent
// without its variables answers, what a message costs) the choice is marked "presumed".

const MAX_RECIPIENT_NAME_LENGTH = 255;
const E164 = /^\+[1-9]\d{6,14}$/;

const failure = (
  status: number,
  errorCode: string,
  error: string,
  extra: { [key: string]: JsonValue } = {},
) => json(status, { success: false, error, error_code: errorCode, ...extra });

const senderNotFound = (wording: 'short' | 'long') =>
  failure(
    404,
    'SENDER_NOT_FOUND',
    wording === 'short' ? 'Sender not found' : 'Sender not found or does not belong to you',
  );
const invalidPhone = () =>
  failure(422, 'INVALID_PHONE', 'Invalid phone number format. Use E.164 format (e.g., +14155551234).');
const senderOffline = (status: number) =>
  failure(status, 'SENDER_OFFLINE', 'Sender is not online. Current status: Offline');

const senderView = (sender: SimulatedSender): JsonValue => ({
  id: sender.id,
  phone_number: sender.phone,
  display_name: sender.name,
  status: sender.status,
  quality_rating: sender.quality_rating,
  messaging_limit: sender.messaging_limit,
  messaging_limit_formatted:
    sender.messaging_limit === null
      ? 'Unlimited'
      : `${sender.messaging_limit.toLocaleString('en-US')} / 24hr`,
});

const templateView = (template: SimulatedTemplate): JsonValue => ({
  ...template,
  variables: [...template.variables],
  has_variables: template.variables.length > 0,
});

/** `status` is `online` (the default) or `all` on senders, `approved` or `all` on templates; presumed: else 422. */
const statusFilter = (context: RequestContext, fallback: string): string | ApiResponse => {
  const status = context.query.get('status') || fallback;
  if (status === fallback || status === 'all') return status;
  const validator = new LaravelValidator();
  validator.fail('status', laravelMessages.selectedInvalid('status'));
  return validator.response();
};

/** GET /user/whatsapp/senders?status=online|all */
export const listSenders = (state: SimulatorState, context: RequestContext): ApiResponse => {
  const status = statusFilter(context, 'online');
  if (typeof status !== 'string') return status;
  const senders = state.whatsapp.senders().filter((sender) => status === 'all' || sender.status === 'online');
  return json(200, { data: senders.map(senderView) });
};

/** GET /user/whatsapp/senders/{senderId}/templates?status=approved|all */
export const listTemplates = (state: SimulatorState, context: RequestContext): ApiResponse => {
  const id = context.params.senderId ?? '';
  const sender = /^\d+$/.test(id) ? state.whatsapp.sender(Number(id)) : undefined;
  if (!sender) return senderNotFound('short');
  const status = statusFilter(context, 'approved');
  if (typeof status !== 'string') return status;
  const templates = sender.templates.filter((template) => status === 'all' || template.status === 'approved');
  return json(200, { data: templates.map(templateView) });
};

const sessionFields = (state: SimulatorState, conversation: Conversation | undefined) => {
  const status = sessionStatusAt(
    conversation ? (state.whatsapp.windowOpenedAt(conversation) ?? conversation.createdAt) : null,
    state.now(),
  );
  if (!conversation) return { has_conversation: false, session_status: status };
  const lastCustomerMessageAt = state.whatsapp.lastCustomerMessageAt(conversation);
  return {
    has_conversation: true,
    conversation_id: state.whatsapp.numericId(conversation),
    ...(conversation.customer?.name ? { customer_name: conversation.customer.name } : {}),
    ...(lastCustomerMessageAt ? { last_customer_message_at: isoWithOffset(lastCustomerMessageAt) } : {}),
    session_status: status,
  };
};

/** GET /user/whatsapp/session-status?sender_id&recipient_phone — read-only and free. */
export const sessionStatus = (state: SimulatorState, context: RequestContext): ApiResponse => {
  const validator = new LaravelValidator();
  const senderId = validator.requiredInteger('sender_id', context.query.get('sender_id'));
  const phone = validator.requiredString('recipient_phone', context.query.get('recipient_phone'));
  if (validator.failed || senderId === undefined || phone === undefined) return validator.response();
  const sender = state.whatsapp.sender(senderId);
  if (!sender) return senderNotFound('short');
  return json(200, {
    success: true,
    ...sessionFields(state, state.whatsapp.conversationWith(sender, phone)),
  });
};

/** What both sends record: the message as the business's entry in the thread, its cost, its ids. */
const deliver = (state: SimulatorState, conversation: Conversation, text: string) => {
  // Presumed: a WhatsApp message costs what a billed chat message does (Famulor names no price).
  state.billing.charge(MESSAGE_COST_CENTS);
  conversation.totalCostCents += MESSAGE_COST_CENTS;
  // Presumed: the history shows what the business sent as an assistant entry (it has no other role for it).
  conversation.messages.append({ role: 'assistant', content: text, functionCalls: [] });
  conversation.updatedAt = state.now();
  const { messageId, whatsappMessageId } = state.whatsapp.nextMessageIds();
  return {
    success: true,
    conversation_id: state.whatsapp.numericId(conversation),
    message_id: messageId,
    whatsapp_message_id: whatsappMessageId,
    message_sid: `SM${state.newId().replaceAll('-', '')}`,
  };
};

/** POST /user/whatsapp/send-freeform — only inside the 24-hour window. */
export const sendFreeform = (state: SimulatorState, context: RequestContext): ApiResponse => {
  const body = isPlainObject(context.body) ? context.body : {};
  const validator = new LaravelValidator();
  const senderId = validator.requiredInteger('sender_id', body.sender_id);
  const phone = validator.requiredString('recipient_phone', body.recipient_phone);
  const message = validator.requiredString('message', body.message, MAX_WHATSAPP_MESSAGE_LENGTH);
  if (validator.failed || senderId === undefined || phone === undefined || message === undefined)
    return validator.response();
  const sender = state.whatsapp.sender(senderId);
  if (!sender) return senderNotFound('long');
  if (!E164.test(phone)) return invalidPhone();
  if (sender.status !== 'online') return senderOffline(503);
  const conversation = state.whatsapp.conversationWith(sender, phone);
  const session = sessionFields(state, conversation);
  if (!conversation || session.session_status.is_open !== true) {
    return failure(
      403,
      'SESSION_EXPIRED',
      'The 24-hour messaging window is closed. Customer must reply first, or use a template message.',
      { session_status: session.session_status },
    );
  }
  if (!state.billing.canPay(MESSAGE_COST_CENTS))
    return failure(402, 'INSUFFICIENT_BALANCE', INSUFFICIENT_BALANCE);
  const sent = deliver(state, conversation, message);
  return json(200, { ...sent, session_status: sessionFields(state, conversation).session_status });
};

/** Fills `{{1}}`, `{{2}}`… from values keyed by position or by the template's variable names. */
const fillTemplate = (template: SimulatedTemplate, values: Record<string, unknown>) => {
  const missing: string[] = [];
  const text = template.body_text.replace(/\{\{(\d+)\}\}/g, (placeholder, position: string) => {
    const name = template.variables[Number(position) - 1];
    const value = values[position] ?? (name === undefined ? undefined : values[name]);
    if (typeof value === 'string' || typeof value === 'number') return String(value);
    missing.push(name ?? position);
    return placeholder;
  });
  return { text, missing };
};

const newThread = (
  state: SimulatorState,
  sender: SimulatedSender,
  phone: string,
  name: string | null,
): Conversation => {
  const conversation = startConversation(state.newId(), state.now(), {
    assistantId: sender.assistantId,
    type: 'whatsapp',
    whatsappSender: { name: sender.name, phone: sender.phone },
    customer: { name, phone },
  });
  state.conversations.add(conversation);
  return conversation;
};

/** POST /user/whatsapp/send — an approved template, the only way to write outside the window; it opens one. */
export const sendTemplate = (state: SimulatorState, context: RequestContext): ApiResponse => {
  const body = isPlainObject(context.body) ? context.body : {};
  const validator = new LaravelValidator();
  const senderId = validator.requiredInteger('sender_id', body.sender_id);
  const templateId = validator.requiredInteger('template_id', body.template_id);
  const phone = validator.requiredString('recipient_phone', body.recipient_phone);
  const name =
    body.recipient_name === undefined || body.recipient_name === null
      ? null
      : validator.requiredString('recipient_name', body.recipient_name, MAX_RECIPIENT_NAME_LENGTH);
  const variables = validator.optionalObject('variables', body.variables);
  if (validator.failed || senderId === undefined || templateId === undefined || phone === undefined)
    return validator.response();
  const sender = state.whatsapp.sender(senderId);
  if (!sender) return senderNotFound('long');
  const template = sender.templates.find((candidate) => candidate.id === templateId);
  if (!template)
    return failure(404, 'TEMPLATE_NOT_FOUND', 'Template not found or does not belong to this sender');
  if (!E164.test(phone)) return invalidPhone();
  if (sender.status !== 'online') return senderOffline(422);
  if (template.status !== 'approved')
    return failure(
      422,
      'TEMPLATE_NOT_APPROVED',
      `Template is not approved. Current status: ${template.status}`,
    );
  const filled = fillTemplate(template, variables ?? {});
  // Presumed: a template sent without all its variables is refused as not matching the template.
  if (filled.missing.length > 0)
    return failure(422, 'TEMPLATE_MISMATCH', `Missing template variables: ${filled.missing.join(', ')}`);
  if (!state.assistants.byId(sender.assistantId))
    return failure(422, 'NO_ASSISTANT_CONFIGURED', 'No assistant is configured for this sender.');
  if (!state.billing.canPay(MESSAGE_COST_CENTS))
    return failure(402, 'INSUFFICIENT_BALANCE', INSUFFICIENT_BALANCE);
  const conversation =
    state.whatsapp.conversationWith(sender, phone) ?? newThread(state, sender, phone, name ?? null);
  const sent = deliver(state, conversation, filled.text);
  state.whatsapp.noteTemplateSent(conversation, state.now());
  return json(200, { ...sent, status: 'queued' });
};
