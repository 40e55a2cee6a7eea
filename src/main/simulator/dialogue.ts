import type { FunctionCall } from '../../shared/domain/famulor';
import type { SimulatedAssistant } from './assistants';
import { isBilled, MESSAGE_COST_CENTS } from './billing';
import type { Conversation, StoredMessage } from './conversations';
import { runTurn, type TurnOutcome } from './intentEngine';
import type { SimulatorState } from './state';
import { layeredLookup, renderTemplate, systemVariables } from './templates';

const E164 = /^\+[1-9]\d{6,14}$/;

type ConversationShape = Pick<
  Conversation,
  'type' | 'customer' | 'whatsappSender' | 'customerIdentifier' | 'variables'
>;

/** The reference says the phone variables are empty on web chats; channels that know a number fill them. */
const phonesFor = (assistant: SimulatedAssistant, conversation: ConversationShape) => {
  switch (conversation.type) {
    case 'whatsapp':
      return {
        customerPhone: conversation.customer?.phone ?? '',
        assistantPhone: conversation.whatsappSender?.phone ?? assistant.file.phone_number ?? '',
      };
    case 'api': {
      const identifier = conversation.customerIdentifier ?? '';
      return {
        customerPhone: E164.test(identifier) ? identifier : '',
        assistantPhone: assistant.file.phone_number ?? '',
      };
    }
    default:
      return { customerPhone: '', assistantPhone: '' };
  }
};

export const conversationSystemVariables = (
  assistant: SimulatedAssistant,
  conversation: ConversationShape,
  at: Date,
): Record<string, string> =>
  systemVariables({
    assistantId: assistant.file.id,
    assistantName: assistant.profile.name,
    timezone: assistant.profile.timezone,
    ...phonesFor(assistant, conversation),
    at,
  });

/** The assistant's initial message with variables filled in, or null when it has none. */
export const openingMessage = (
  assistant: SimulatedAssistant,
  conversation: ConversationShape,
  at: Date,
): string | null => {
  const template = assistant.profile.initial_message;
  if (template === null || template === '') return null;
  const system = conversationSystemVariables(assistant, conversation, at);
  return renderTemplate(template, layeredLookup(conversation.variables, assistant.profile.variables, system));
};

/** Runs the intent engine for one message of a conversation, without touching the conversation. */
export const scriptedTurn = (
  assistant: SimulatedAssistant,
  conversation: ConversationShape & Pick<Conversation, 'dialogue'>,
  message: string,
  at: Date,
): TurnOutcome =>
  runTurn({
    rules: assistant.rules,
    state: conversation.dialogue,
    message,
    variables: conversation.variables,
    defaults: assistant.profile.variables,
    system: conversationSystemVariables(assistant, conversation, at),
  });

export const turnMessages = (message: string, outcome: TurnOutcome): StoredMessage[] => [
  { role: 'user', content: message, functionCalls: [] },
  { role: 'assistant', content: outcome.reply, functionCalls: outcome.functionCalls },
];

export type UserMessageOutcome =
  | { kind: 'replied'; reply: string; functionCalls: FunctionCall[] }
  | { kind: 'ai_disabled' }
  | { kind: 'insufficient_balance' };

/**
 * A live user message: stored and answered, billed when the conversation type is. After a human takeover the
 * message is only stored and not billed, since no AI work is done (undocumented; presumed).
 */
export const answerUserMessage = (
  state: SimulatorState,
  assistant: SimulatedAssistant,
  conversation: Conversation,
  message: string,
): UserMessageOutcome => {
  const at = state.now();
  if (!conversation.aiEnabled) {
    conversation.messages.append({ role: 'user', content: message, functionCalls: [] });
    conversation.updatedAt = at;
    return { kind: 'ai_disabled' };
  }
  const cost = isBilled(conversation.type) ? MESSAGE_COST_CENTS : 0;
  if (!state.billing.canPay(cost)) return { kind: 'insufficient_balance' };
  const outcome = scriptedTurn(assistant, conversation, message, at);
  state.billing.charge(cost);
  conversation.totalCostCents += cost;
  conversation.messages.append(...turnMessages(message, outcome));
  conversation.dialogue = outcome.state;
  if (outcome.disableAi) conversation.aiEnabled = false;
  conversation.updatedAt = at;
  return { kind: 'replied', reply: outcome.reply, functionCalls: outcome.functionCalls };
};
