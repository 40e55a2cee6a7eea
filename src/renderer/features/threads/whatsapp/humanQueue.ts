import type { ConversationSummary } from '../../../../shared/domain/famulor';
import type { WhatsAppSender, WhatsAppSession } from '../../../../shared/domain/whatsapp';

/** A taken-over WhatsApp thread waiting for a person, with what its window says. */
export interface QueuedThread {
  thread: ConversationSummary;
  sender: WhatsAppSender | null;
  /** null while it is being read, or when it could not be (no sender of the account, no customer number). */
  session: WhatsAppSession | null;
  /** When `session` was read: its minutes remaining count from then. */
  readAtMs: number;
}

/** The threads a person has to answer: WhatsApp ones with the AI switched off (one of each, by id). */
export const threadsNeedingAPerson = (threads: readonly ConversationSummary[]): ConversationSummary[] => {
  const seen = new Set<string>();
  return threads.filter((thread) => {
    if (thread.type !== 'whatsapp' || thread.aiEnabled || seen.has(thread.id)) return false;
    seen.add(thread.id);
    return true;
  });
};

export const senderOf = (
  senders: readonly WhatsAppSender[],
  thread: ConversationSummary,
): WhatsAppSender | null =>
  senders.find((sender) => sender.phoneNumber === thread.whatsappSender?.phone) ?? null;

const timeOf = (text: string | null | undefined): number => {
  const ms = text ? Date.parse(text.includes('T') ? text : `${text.replace(' ', 'T')}Z`) : Number.NaN;
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
};

/**
 * Whom to answer first: the open windows lead, the one closing soonest (its customer wrote longest ago) first, as
 * those can still be answered freely; then the closed ones, the customer who wrote last first. Where the window is
 * not known yet, the list's last update stands in for the customer's last message.
 */
export const queueOrder = (left: QueuedThread, right: QueuedThread): number => {
  const openLeft = left.session?.window.canSendFreeform ?? false;
  const openRight = right.session?.window.canSendFreeform ?? false;
  if (openLeft !== openRight) return openLeft ? -1 : 1;
  const at = (item: QueuedThread) => timeOf(item.session?.lastCustomerMessageAt ?? item.thread.updatedAt);
  return openLeft ? at(left) - at(right) : at(right) - at(left);
};
