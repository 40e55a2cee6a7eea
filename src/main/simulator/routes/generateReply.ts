import { VariablesSchema } from '../../../shared/domain/famulor';
import { MAX_CUSTOMER_IDENTIFIER_LENGTH } from '../../../shared/limits';
import type { SimulatedAssistant } from '../assistants';
import { isBilled, MESSAGE_COST_CENTS } from '../billing';
import { startConversation, type Conversation } from '../conversations';
import { answerUserMessage } from '../dialogue';
import { isPlainObject, json, type ApiResponse, type RequestContext } from '../http';
import type { SimulatorState } from '../state';
import { LaravelValidator } from '../validation';
import { INSUFFICIENT_BALANCE } from './chat';

const generateReplyError = (status: number, error: string, errorCode: string): ApiResponse =>
  json(status, { success: false, error, error_code: errorCode });

/**
 * Conversations generate-reply starts get type `api`, which Famulor does not document but presumably gives
 * them. No `external_identifier`: nothing says Famulor sets one, so the simulator does not invent it.
 */
const newCustomerConversation = (
  state: SimulatorState,
  assistant: SimulatedAssistant,
  customerIdentifier: string,
): Conversation =>
  startConversation(state.newId(), state.now(), {
    assistantId: assistant.file.id,
    type: 'api',
    customerIdentifier,
  });

/** POST /user/ai/generate-reply (and the removed /ai/generate-reply when asked for): one thread per (assistant id, customer identifier). */
export const generateReply = (state: SimulatorState, context: RequestContext): ApiResponse => {
  const body = isPlainObject(context.body) ? context.body : {};
  const validator = new LaravelValidator();
  const assistantId = validator.requiredInteger('assistant_id', body.assistant_id);
  const customerIdentifier = validator.requiredString(
    'customer_identifier',
    body.customer_identifier,
    MAX_CUSTOMER_IDENTIFIER_LENGTH,
  );
  // No maximum: Famulor documents none here (the 2,000 characters are send-message's).
  const message = validator.requiredString('message', body.message);
  const variables = validator.optionalObject('variables', body.variables);
  if (
    validator.failed ||
    assistantId === undefined ||
    customerIdentifier === undefined ||
    message === undefined
  ) {
    return validator.response();
  }
  // A JSON object always is a record of JSON values; parsing only gives it its type.
  const newVariables = variables ? VariablesSchema.parse(variables) : null;

  const assistant = state.assistants.byId(assistantId);
  if (!assistant) {
    return generateReplyError(404, 'Assistant not found or does not belong to you', 'ASSISTANT_NOT_FOUND');
  }
  const existing = state.conversations.findByCustomer(assistantId, customerIdentifier);
  const conversation = existing ?? newCustomerConversation(state, assistant, customerIdentifier);
  if (conversation.aiEnabled && isBilled(conversation.type) && !state.billing.canPay(MESSAGE_COST_CENTS)) {
    return generateReplyError(402, INSUFFICIENT_BALANCE, 'INSUFFICIENT_BALANCE');
  }
  if (newVariables) conversation.variables = { ...conversation.variables, ...newVariables };
  if (!existing) state.conversations.add(conversation);

  const outcome = answerUserMessage(state, assistant, conversation, message);
  if (outcome.kind === 'insufficient_balance') {
    return generateReplyError(402, INSUFFICIENT_BALANCE, 'INSUFFICIENT_BALANCE');
  }
  const replied = outcome.kind === 'replied';
  return json(200, {
    success: true,
    conversation_id: conversation.id,
    customer_identifier: customerIdentifier,
    reply: replied ? outcome.reply : null,
    function_calls: replied ? outcome.functionCalls : [],
    ai_disabled: !replied,
  });
};
