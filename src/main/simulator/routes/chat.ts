import { ConversationTypeSchema, VariablesSchema } from '../../../shared/domain/famulor';
import { MAX_MESSAGE_LENGTH } from '../../../shared/limits';
import { isBilled, MESSAGE_COST_CENTS } from '../billing';
import { startConversation } from '../conversations';
import { answerUserMessage, openingMessage } from '../dialogue';
import { isPlainObject, json, type ApiResponse, type RequestContext } from '../http';
import type { SimulatorState } from '../state';
import { characterCount } from '../validation';
import { conversationDetailView } from '../views';

// The chat endpoints answer with `{status: false, error}` envelopes, not Laravel's validation shape.
const chatError = (status: number, error: string): ApiResponse => json(status, { status: false, error });
export const CONVERSATION_NOT_FOUND = 'Conversation not found';
export const INSUFFICIENT_BALANCE = 'Insufficient balance. Please top up your account.';

/** POST /conversations: `assistant_id` is the assistant's UUID; an integer id is "not found", as on Famulor. */
export const createConversation = (state: SimulatorState, context: RequestContext): ApiResponse => {
  const body = isPlainObject(context.body) ? context.body : {};
  if (body.assistant_id === undefined || body.assistant_id === null || body.assistant_id === '') {
    return chatError(422, 'assistant_id is required');
  }
  const type = ConversationTypeSchema.safeParse(body.type ?? 'widget');
  if (!type.success) return chatError(422, 'type must be one of: widget, test');
  const variables = body.variables === undefined || body.variables === null ? null : body.variables;
  const parsedVariables = variables === null ? null : VariablesSchema.safeParse(variables);
  if (parsedVariables && !parsedVariables.success) return chatError(422, 'variables must be an object');
  const assistant =
    typeof body.assistant_id === 'string' ? state.assistants.byUuid(body.assistant_id) : undefined;
  if (!assistant) return chatError(404, 'Assistant not found');
  // Starting a widget conversation is free, but not with an account that could not pay for its first message.
  if (isBilled(type.data) && !state.billing.canPay(MESSAGE_COST_CENTS))
    return chatError(400, INSUFFICIENT_BALANCE);

  const now = state.now();
  const conversation = startConversation(state.newId(), now, {
    assistantId: assistant.file.id,
    type: type.data,
    variables: parsedVariables?.data ?? null,
  });
  const opening = openingMessage(assistant, conversation, now);
  if (opening !== null)
    conversation.messages.append({ role: 'assistant', content: opening, functionCalls: [] });
  state.conversations.add(conversation);
  return json(200, {
    status: true,
    conversation_id: conversation.id,
    history: opening === null ? [] : [{ role: 'assistant', content: opening }],
  });
};

/**
 * POST /conversations/{uuid}/messages. What Famulor answers while AI is switched off is undocumented; here the
 * message is stored and the reply is an empty string with no function calls (presumed).
 */
export const sendMessage = (state: SimulatorState, context: RequestContext): ApiResponse => {
  const conversation = state.conversations.get(context.params.uuid ?? '');
  if (!conversation) return chatError(404, CONVERSATION_NOT_FOUND);
  const message = isPlainObject(context.body) ? context.body.message : undefined;
  if (typeof message !== 'string' || message.trim() === '') return chatError(422, 'message is required');
  if (characterCount(message) > MAX_MESSAGE_LENGTH) {
    return chatError(422, `message must not be greater than ${MAX_MESSAGE_LENGTH} characters`);
  }
  const assistant = state.assistants.byId(conversation.assistantId);
  if (!assistant) return chatError(400, 'Failed to process message: the assistant no longer exists');
  if (assistant.profile.status !== 'active')
    return chatError(400, 'Failed to process message: the assistant is inactive');

  const outcome = answerUserMessage(state, assistant, conversation, message);
  switch (outcome.kind) {
    case 'insufficient_balance':
      return chatError(400, INSUFFICIENT_BALANCE);
    case 'ai_disabled':
      return json(200, { status: true, message: '', function_calls: [] });
    case 'replied':
      return json(200, { status: true, message: outcome.reply, function_calls: outcome.functionCalls });
  }
};

export const getConversation = (state: SimulatorState, context: RequestContext): ApiResponse => {
  const conversation = state.conversations.get(context.params.uuid ?? '');
  if (!conversation) return chatError(404, CONVERSATION_NOT_FOUND);
  return json(200, conversationDetailView(conversation));
};
