import type { JsonValue } from '../../shared/domain/famulor';
import type { SimulatedAssistant } from './assistants';
import { centsToUsd } from './billing';
import type { Conversation, StoredMessage } from './conversations';
import { formatTimestamp } from './time';

/** A history entry as GET /conversations/{uuid} shows it; only assistant entries with calls carry `function_calls`. */
export const historyEntryView = (message: StoredMessage): Record<string, JsonValue> =>
  message.role === 'assistant' && message.functionCalls.length > 0
    ? { role: message.role, content: message.content, function_calls: message.functionCalls }
    : { role: message.role, content: message.content };

/** The channel fields the newer reference pages add: api threads their identifier, WhatsApp ones the two contacts. */
const channelFields = (conversation: Conversation): Record<string, JsonValue> => {
  if (conversation.type === 'api' && conversation.externalIdentifier !== null) {
    return { external_identifier: conversation.externalIdentifier };
  }
  if (conversation.type === 'whatsapp') {
    return { whatsapp_sender: conversation.whatsappSender, customer: conversation.customer };
  }
  return {};
};

export const conversationDetailView = (conversation: Conversation): Record<string, JsonValue> => ({
  status: true,
  history: conversation.messages.entries().map(historyEntryView),
  variables: conversation.variables,
  ...channelFields(conversation),
});

/** One item of GET /user/conversations; `assistant_id` is the assistant's UUID, as the reference shows. */
export const conversationListItemView = (
  conversation: Conversation,
  assistant: SimulatedAssistant | undefined,
): Record<string, JsonValue> => ({
  id: conversation.id,
  assistant_id: assistant?.file.uuid ?? null,
  assistant_name: assistant?.profile.name ?? null,
  type: conversation.type,
  variables: conversation.variables,
  message_count: conversation.messages.count,
  total_cost: centsToUsd(conversation.totalCostCents),
  ai_enabled: conversation.aiEnabled,
  created_at: formatTimestamp(conversation.createdAt),
  updated_at: formatTimestamp(conversation.updatedAt),
  ...channelFields(conversation),
});
