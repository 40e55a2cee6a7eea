import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { WhatsAppSender } from '../../../../shared/domain/whatsapp';
import { useAppStore } from '../../../stores/appStore';
import { ThreadsView } from '../ThreadsView';
import {
  detail,
  history,
  ok,
  setUpReaderTests,
  summary,
  threadAnswers,
} from '../../../testing/threadsTestKit';
import { installFakeMainByChannel } from '../../../testing/fakeMainTestKit';

const SENDER: WhatsAppSender = {
  id: 15,
  phoneNumber: '+4940123456102',
  displayName: 'Nordwind Outdoor',
  status: 'online',
  qualityRating: 'GREEN',
  messagingLimit: null,
  messagingLimitFormatted: 'Unlimited',
};
const sender = { name: 'Nordwind Outdoor', phone: SENDER.phoneNumber };
const inHours = (hours: number) => new Date(Date.now() + hours * 3600_000).toISOString();

describe('the queue of threads waiting for a person', () => {
  setUpReaderTests();

  it('lists only the taken-over WhatsApp threads, the open window first, and opens one', async () => {
    const closed = summary('closed-1', {
      aiEnabled: false,
      whatsappSender: sender,
      customer: { name: 'Hannah', phone: '+491' },
    });
    const open = summary('open-1', {
      aiEnabled: false,
      whatsappSender: sender,
      customer: { name: 'Paul', phone: '+492' },
    });
    const answered = summary('ai-1', { aiEnabled: true, whatsappSender: sender });
    const fake = installFakeMainByChannel({
      ...threadAnswers(() => ok(detail(history(2)))),
      'conversation:list': () =>
        ok({ conversations: [closed, answered, open], perPage: 100, nextCursor: null, prevCursor: null }),
      'whatsapp:senders': () => ok([SENDER]),
      'whatsapp:session': (input) => {
        const isOpen = (input as { recipientPhone: string }).recipientPhone === '+492';
        return ok({
          hasConversation: true,
          conversationId: 1,
          customerName: null,
          lastCustomerMessageAt: inHours(isOpen ? -2 : -30),
          window: {
            isOpen,
            canSendFreeform: isOpen,
            requiresTemplate: !isOpen,
            message: null,
            minutesRemaining: isOpen ? 1320 : null,
            expiresAt: isOpen ? inHours(22) : null,
            expiredAt: isOpen ? null : inHours(-6),
          },
        });
      },
    });
    render(<ThreadsView />);
    await userEvent.click(screen.getByTestId('threads-view-queue'));
    const queue = await screen.findByTestId('human-queue');
    await within(queue).findByText(/Open · 2[12] h/);
    const rows = within(queue).getAllByTestId(/^queue-row-/);
    expect(rows.map((row) => row.dataset.testid)).toEqual(['queue-row-open-1', 'queue-row-closed-1']);
    expect(within(rows[1] as HTMLElement).getByTestId('queue-window').textContent).toMatch(/^Closed since/);
    expect(fake.callsTo('conversation:list')).toContainEqual({
      type: 'whatsapp',
      perPage: 100,
      cursor: null,
    });
    await userEvent.click(within(rows[0] as HTMLElement).getByTestId('queue-open'));
    expect(useAppStore.getState().openThread?.conversationId).toBe('open-1');
  });

  it('says when no thread is waiting', async () => {
    installFakeMainByChannel({
      'conversation:list': () =>
        ok({ conversations: [summary('ai-1')], perPage: 100, nextCursor: null, prevCursor: null }),
      'whatsapp:senders': () => ok([SENDER]),
    });
    render(<ThreadsView />);
    await userEvent.click(screen.getByTestId('threads-view-queue'));
    expect((await screen.findByTestId('human-queue-empty')).textContent).toContain('No thread is waiting');
  });
});
