import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../../shared/domain/famulor';
import type { WhatsAppSender, WhatsAppTemplate, WhatsAppWindow } from '../../../../shared/domain/whatsapp';
import type { Result } from '../../../../shared/result';
import {
  detail,
  history,
  ok,
  setUpReaderTests,
  showThread,
  threadAnswers,
} from '../../../testing/threadsTestKit';
import { installFakeMainByChannel, type FakeHandlers } from '../../../testing/fakeMainTestKit';

const ID = '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
const CLINIC: WhatsAppSender = {
  id: 12,
  phoneNumber: '+4930123456101',
  displayName: 'Stadtpark Health Clinic',
  status: 'online',
  qualityRating: 'GREEN',
  messagingLimit: 10000,
  messagingLimitFormatted: '10,000 / 24hr',
};
const OTHER: WhatsAppSender = { ...CLINIC, id: 15, phoneNumber: '+4940123456102', displayName: 'Nordwind' };
const REMINDER: WhatsAppTemplate = {
  id: 45,
  name: 'appointment_reminder',
  language: 'de',
  category: 'utility',
  status: 'approved',
  bodyText: 'Hallo {{1}}, Ihr Termin ist am {{2}}.',
  variables: ['customer_name', 'date'],
  hasVariables: true,
};
const inHours = (hours: number) => new Date(Date.now() + hours * 3600_000).toISOString();
const openWindow = (): WhatsAppWindow => ({
  isOpen: true,
  canSendFreeform: true,
  requiresTemplate: false,
  message: 'Session open',
  minutesRemaining: 22 * 60,
  expiresAt: inHours(22),
  expiredAt: null,
});
const closedWindow = (): WhatsAppWindow => ({
  isOpen: false,
  canSendFreeform: false,
  requiresTemplate: true,
  message: 'Session expired. Send a template or wait for customer to reply.',
  minutesRemaining: null,
  expiresAt: null,
  expiredAt: inHours(-3),
});
const session = (window: WhatsAppWindow) =>
  ok({
    hasConversation: true,
    conversationId: 1001,
    customerName: 'Anna Schmidt',
    lastCustomerMessageAt: null,
    window,
  });
const sent = (window: WhatsAppWindow | null) =>
  ok({
    conversationId: 1001,
    messageId: 501,
    whatsappMessageId: 801,
    messageSid: 'SM1',
    window,
    deliveryStatus: null,
  });

/** A taken-over WhatsApp thread whose history grows by what the agent sends, as Famulor's does. */
const openTakenOver = async (handlers: FakeHandlers, aiEnabled = false) => {
  const entries: HistoryEntry[] = history(4);
  const fake = installFakeMainByChannel({
    ...threadAnswers(() => ok(detail([...entries]))),
    'whatsapp:senders': () => ok([CLINIC, OTHER]),
    'whatsapp:templates': () => ok([REMINDER]),
    ...handlers,
  });
  await showThread(ID, { aiEnabled });
  return { fake, entries };
};

describe('replying to a taken-over WhatsApp thread as a person', () => {
  setUpReaderTests();

  it('opens on the agent’s reply, from the thread’s sender, with the window counting down', async () => {
    await openTakenOver({ 'whatsapp:session': () => session(openWindow()) });
    expect(screen.getByTestId('side-tab-reply').getAttribute('aria-selected')).toBe('true');
    const sender = await screen.findByTestId<HTMLSelectElement>('reply-sender');
    expect(sender.value).toBe('12');
    const window = await screen.findByTestId('reply-window');
    expect(window.dataset.state).toBe('open');
    expect(window.textContent).toMatch(/Window open: 2[12] h \d\d min left/);
  });

  it('sends the text once, reads the thread again and marks the message as sent by a person', async () => {
    let sends = 0;
    const { fake, entries } = await openTakenOver({
      'whatsapp:session': () => session(openWindow()),
      'whatsapp:sendFreeform': (input) => {
        sends += 1;
        entries.push({
          role: 'assistant',
          content: input.message,
          functionCalls: [],
        });
        return sent(openWindow());
      },
    });
    const box = await screen.findByTestId('reply-message');
    await userEvent.type(box, 'Hallo Anna, hier ist Lena.');
    expect(screen.getByTestId('reply-count').textContent).toBe('26 / 4096 characters');
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    await screen.findByTestId('reply-sent');
    expect(sends).toBe(1);
    expect(fake.callsTo('whatsapp:sendFreeform')).toEqual([
      { senderId: 12, recipientPhone: '+4915112345671', message: 'Hallo Anna, hier ist Lena.' },
    ]);
    expect((box as HTMLTextAreaElement).value).toBe('');
    const mark = await screen.findByTestId('message-4-person');
    expect(mark.textContent).toBe('Sent by a person');
    expect(screen.queryByTestId('message-3-person')).toBeNull();
  });

  it('keeps the text when the window has closed meanwhile, says so and offers the templates', async () => {
    let window = openWindow();
    await openTakenOver({
      'whatsapp:session': () => session(window),
      'whatsapp:sendFreeform': (): Result<never> => {
        window = closedWindow();
        return {
          ok: false,
          error: {
            code: 'validation',
            reason: 'whatsapp_session_expired',
            status: 403,
            errorCode: 'SESSION_EXPIRED',
          },
        };
      },
    });
    await userEvent.type(await screen.findByTestId('reply-message'), 'Sind Sie noch da?');
    await userEvent.click(screen.getByTestId('reply-send'));
    const error = await screen.findByTestId('reply-error');
    expect(error.textContent).toContain('The 24-hour window with this customer has closed');
    expect(error.textContent).toContain('Your text is still here.');
    expect((screen.getByTestId('reply-message') as HTMLTextAreaElement).value).toBe('Sind Sie noch da?');
    await waitFor(() => expect(screen.getByTestId('reply-window').dataset.state).toBe('expired'));
    expect(await screen.findByTestId('reply-templates')).toBeTruthy();
  });

  it('fills a template’s placeholders with a preview, and sends only when each is filled', async () => {
    const { fake } = await openTakenOver({
      'whatsapp:session': () => session(closedWindow()),
      'whatsapp:sendTemplate': () => sent(null),
    });
    const templates = await screen.findByTestId('reply-templates');
    expect(within(templates).getByTestId('reply-template-send')).toHaveProperty('disabled', true);
    await userEvent.selectOptions(within(templates).getByTestId('reply-template'), '45');
    const preview = screen.getByTestId('reply-template-preview');
    expect(preview.textContent).toBe('Hallo {{1}}, Ihr Termin ist am {{2}}.');
    await userEvent.type(screen.getByTestId('reply-variable-1'), 'Anna');
    expect(preview.textContent).toBe('Hallo Anna, Ihr Termin ist am {{2}}.');
    expect(screen.getByTestId('reply-template-send')).toHaveProperty('disabled', true);
    await userEvent.type(screen.getByTestId('reply-variable-2'), 'Montag');
    await userEvent.click(screen.getByTestId('reply-template-send'));
    await screen.findByTestId('reply-template-sent');
    expect(fake.callsTo('whatsapp:sendTemplate')).toEqual([
      {
        senderId: 12,
        templateId: 45,
        recipientPhone: '+4915112345671',
        recipientName: 'Anna Schmidt',
        variables: { 1: 'Anna', 2: 'Montag' },
      },
    ]);
  });

  it('says when the sender is offline and sends nothing from it', async () => {
    await openTakenOver({
      'whatsapp:senders': () => ok([{ ...CLINIC, status: 'offline' }]),
      'whatsapp:session': () => session(openWindow()),
    });
    expect((await screen.findByTestId('reply-sender-offline')).textContent).toContain('is offline');
    await userEvent.type(await screen.findByTestId('reply-message'), 'Hallo');
    expect(screen.getByTestId('reply-send')).toHaveProperty('disabled', true);
  });

  it('asks for the takeover first while the AI answers, and labels the customer simulation for what it is', async () => {
    await openTakenOver({ 'whatsapp:session': () => session(openWindow()) }, true);
    expect(screen.getByTestId('side-tab-calls').getAttribute('aria-selected')).toBe('true');
    await userEvent.click(screen.getByTestId('side-tab-reply'));
    expect(screen.getByText(/Take it over \(AI off\)/)).toBeTruthy();
    await userEvent.click(screen.getByTestId('side-tab-chat'));
    expect(screen.getByRole('button', { name: /Send as customer via generate-reply/ })).toBeTruthy();
    expect(screen.queryByTestId('chat-taken-over')).toBeNull();
  });
});
