import { describe, expect, it } from 'vitest';
import type { ConversationSummary } from '../../../../shared/domain/famulor';
import type { WhatsAppSession } from '../../../../shared/domain/whatsapp';
import { queueOrder, threadsNeedingAPerson, type QueuedThread } from './humanQueue';

const thread = (id: string, change: Partial<ConversationSummary> = {}): ConversationSummary => ({
  id,
  assistantId: 'a',
  assistantName: 'Max',
  type: 'whatsapp',
  variables: null,
  messageCount: 4,
  totalCost: 0,
  aiEnabled: false,
  createdAt: '2026-06-01 10:00:00',
  updatedAt: '2026-06-01 10:05:00',
  externalIdentifier: null,
  whatsappSender: { name: 'Nordwind', phone: '+4940123456102' },
  customer: { name: 'Anna', phone: '+4915112345671' },
  ...change,
});
const session = (open: boolean, lastCustomerMessageAt: string | null): WhatsAppSession => ({
  hasConversation: true,
  conversationId: 1,
  customerName: null,
  lastCustomerMessageAt,
  window: {
    isOpen: open,
    canSendFreeform: open,
    requiresTemplate: !open,
    message: null,
    minutesRemaining: null,
    expiresAt: null,
    expiredAt: null,
  },
});

describe('the queue of threads that need a person', () => {
  it('holds the WhatsApp threads with the AI off, each once', () => {
    const list = [
      thread('a'),
      thread('b', { aiEnabled: true }),
      thread('c', { type: 'api' }),
      thread('a'),
      thread('d'),
    ];
    expect(threadsNeedingAPerson(list).map((item) => item.id)).toEqual(['a', 'd']);
  });

  it('puts the open windows first, closing soonest first, then the closed ones, latest customer first', () => {
    const items: QueuedThread[] = [
      {
        thread: thread('closed-late'),
        sender: null,
        readAtMs: 0,
        session: session(false, '2026-06-14T10:00:00+00:00'),
      },
      {
        thread: thread('open-early'),
        sender: null,
        readAtMs: 0,
        session: session(true, '2026-06-15T08:00:00+00:00'),
      },
      {
        thread: thread('open-late'),
        sender: null,
        readAtMs: 0,
        session: session(true, '2026-06-15T11:00:00+00:00'),
      },
      {
        thread: thread('unread', { updatedAt: '2026-06-13 09:00:00' }),
        sender: null,
        readAtMs: 0,
        session: null,
      },
    ];
    expect([...items].sort(queueOrder).map((item) => item.thread.id)).toEqual([
      'open-early',
      'open-late',
      'closed-late',
      'unread',
    ]);
  });
});
