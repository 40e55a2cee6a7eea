import type { Conversation, ConversationStore } from '../conversations';
import type { WhatsAppSenderSeed, WhatsAppTemplateSeed } from '../seedData';

/** A sender of the simulated account, with the assistant whose WhatsApp threads it carries. */
export interface SimulatedSender extends WhatsAppSenderSeed {
  assistantId: number;
}

export type SimulatedTemplate = WhatsAppTemplateSeed;

/**
 * The account's WhatsApp side: its senders and their templates, and when each WhatsApp conversation's 24-hour
 * window opened. Famulor's history has no timestamps, so the window is kept here, keyed by conversation.
 */
export interface WhatsAppDesk {
  senders(): SimulatedSender[];
  sender(id: number): SimulatedSender | undefined;
  /** The most recently active WhatsApp conversation between a sender and a customer's phone. */
  conversationWith(sender: SimulatedSender, customerPhone: string): Conversation | undefined;
  /** The WhatsApp pages' integer `conversation_id` of a conversation (the chat pages use its UUID). */
  numericId(conversation: Conversation): number;
  lastCustomerMessageAt(conversation: Conversation): Date | null;
  /** The customer's last message or the last template sent since, whichever is later (both open a window). */
  windowOpenedAt(conversation: Conversation): Date | null;
  noteCustomerMessage(conversation: Conversation, at: Date): void;
  noteTemplateSent(conversation: Conversation, at: Date): void;
  /** The next `message_id` and `whatsapp_message_id` (two records per sent message, as Famulor keeps them). */
  nextMessageIds(): { messageId: number; whatsappMessageId: number };
}

/** The first integer conversation id handed out, so ids look like an account's, not like list indexes. */
const FIRST_NUMERIC_ID = 1001;

export const createWhatsAppDesk = (
  senders: Record<string, WhatsAppSenderSeed>,
  conversations: ConversationStore,
): WhatsAppDesk => {
  const all: SimulatedSender[] = Object.entries(senders).map(([assistantId, sender]) => ({
    ...sender,
    assistantId: Number(assistantId),
  }));
  const numericIds = new Map<string, number>();
  const customerMessages = new Map<string, Date>();
  const templates = new Map<string, Date>();
  let messages = 0;
  // Seeded threads end with the customer's line, so their last activity is the customer's last message.
  for (const conversation of conversations.all()) {
    if (conversation.type === 'whatsapp') customerMessages.set(conversation.id, conversation.updatedAt);
  }
  const later = (left: Date | undefined, right: Date | undefined): Date | null =>
    !left ? (right ?? null) : !right || left >= right ? left : right;
  return {
    senders: () => all,
    sender: (id) => all.find((sender) => sender.id === id),
    conversationWith: (sender, customerPhone) =>
      conversations
        .all()
        .filter(
          (conversation) =>
            conversation.type === 'whatsapp' &&
            conversation.whatsappSender?.phone === sender.phone &&
            conversation.customer?.phone === customerPhone,
        )
        .sort((left, right) => right.updatedAt.getTime() - left.updatedAt.getTime())[0],
    numericId: (conversation) => {
      let id = numericIds.get(conversation.id);
      if (id === undefined) {
        id = FIRST_NUMERIC_ID + numericIds.size;
        numericIds.set(conversation.id, id);
      }
      return id;
    },
    lastCustomerMessageAt: (conversation) => customerMessages.get(conversation.id) ?? null,
    windowOpenedAt: (conversation) =>
      later(customerMessages.get(conversation.id), templates.get(conversation.id)),
    noteCustomerMessage: (conversation, at) => void customerMessages.set(conversation.id, at),
    noteTemplateSent: (conversation, at) => void templates.set(conversation.id, at),
    nextMessageIds: () => {
      messages += 1;
      return { messageId: 500 + messages, whatsappMessageId: 800 + messages };
    },
  };
};
