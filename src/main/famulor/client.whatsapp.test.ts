import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../simulator/index';
import { whatsappSendPacer } from './pacer';
import {
  clientFor,
  errorOf,
  nextMinute,
  simulatedSleep,
  simulatorNow,
} from '../testing/clientOnSimulatorTestKit';

/** The client's WhatsApp calls against the simulator's seeded account: decoding, errors as data, pacing. */

const MAX_SENDER = 15;
const SOPHIE_SENDER = 18;
const PAUL = '+4917612340987';

let simulator: RunningSimulator;
beforeAll(async () => {
  simulator = await startSimulator({ now: simulatorNow, seedHistory: true });
});
afterAll(async () => simulator.close());
beforeEach(nextMinute);

describe('the client’s WhatsApp calls', () => {
  it('lists senders and a sender’s templates in the app’s shape', async () => {
    const { client } = clientFor(simulator);
    const senders = await client.listWhatsAppSenders({ status: 'all' });
    expect(senders.map(({ id, status }) => [id, status])).toEqual([
      [12, 'online'],
      [MAX_SENDER, 'online'],
      [SOPHIE_SENDER, 'offline'],
    ]);
    expect(senders[1]).toEqual({
      id: MAX_SENDER,
      phoneNumber: '+4940123456102',
      displayName: 'Nordwind Outdoor',
      status: 'online',
      qualityRating: 'YELLOW',
      messagingLimit: 1000,
      messagingLimitFormatted: '1,000 / 24hr',
    });
    const templates = await client.listWhatsAppTemplates({ senderId: MAX_SENDER });
    expect(templates[0]).toEqual({
      id: 51,
      name: 'order_update',
      language: 'en',
      category: 'utility',
      status: 'approved',
      bodyText: 'Hi {{1}}, your order {{2}} has been updated. Reply here if you have any questions.',
      variables: ['customer_name', 'order_number'],
      hasVariables: true,
    });
  });

  it('reads the window and sends inside it; the send answers the window after it', async () => {
    const { client } = clientFor(simulator);
    const session = await client.getWhatsAppSession({ senderId: MAX_SENDER, recipientPhone: PAUL });
    expect(session).toMatchObject({
      hasConversation: true,
      customerName: 'Paul Neumann',
      window: { isOpen: true, canSendFreeform: true, requiresTemplate: false, expiredAt: null },
    });
    expect(session.window.minutesRemaining).toBeGreaterThan(0);
    const sent = await client.sendWhatsAppFreeform({
      senderId: MAX_SENDER,
      recipientPhone: PAUL,
      message: 'Hallo Paul, hier ist Lena.',
    });
    expect(sent).toMatchObject({ conversationId: session.conversationId, deliveryStatus: null });
    expect(sent.window?.isOpen).toBe(true);
    expect(sent.messageSid).toMatch(/^SM/);
  });

  it('turns each documented WhatsApp error into its own reason, none of them a key problem', async () => {
    const { client } = clientFor(simulator);
    const offline = await errorOf(
      client.sendWhatsAppFreeform({ senderId: SOPHIE_SENDER, recipientPhone: PAUL, message: 'Hallo' }),
    );
    expect(offline).toMatchObject({
      code: 'validation',
      reason: 'whatsapp_sender_offline',
      status: 503,
      errorCode: 'SENDER_OFFLINE',
    });
    const unknown = await errorOf(client.getWhatsAppSession({ senderId: 999, recipientPhone: PAUL }));
    expect(unknown).toMatchObject({ code: 'not_found', reason: 'whatsapp_sender_not_found', status: 404 });
    const notApproved = await errorOf(
      client.sendWhatsAppTemplate({ senderId: MAX_SENDER, templateId: 53, recipientPhone: PAUL }),
    );
    expect(notApproved).toMatchObject({ reason: 'whatsapp_template_not_approved', status: 422 });
    const badPhone = await errorOf(
      client.sendWhatsAppTemplate({ senderId: MAX_SENDER, templateId: 52, recipientPhone: '0176' }),
    );
    expect(badPhone).toMatchObject({ reason: 'whatsapp_invalid_phone', status: 422 });
  });

  it('says SESSION_EXPIRED as its own reason once the window has closed', async () => {
    // Seeded at its start (the thread's last customer message two hours before), then 23 hours later.
    let laterMs = 0;
    const expiredSimulator = await startSimulator({
      now: () => new Date(simulatorNow().getTime() + laterMs),
      seedHistory: true,
    });
    laterMs = 23 * 60 * 60 * 1000;
    try {
      const { client } = clientFor(expiredSimulator);
      const refused = await errorOf(
        client.sendWhatsAppFreeform({ senderId: MAX_SENDER, recipientPhone: PAUL, message: 'Hallo?' }),
      );
      expect(refused).toMatchObject({
        code: 'validation',
        reason: 'whatsapp_session_expired',
        status: 403,
        errorCode: 'SESSION_EXPIRED',
      });
    } finally {
      await expiredSimulator.close();
    }
  });

  it('paces sends to 5 a second: twelve at once all go out, over two seconds, and none meets a 429', async () => {
    const { client, recorder } = clientFor(simulator, {
      pacer: whatsappSendPacer({ now: () => simulatorNow().getTime(), sleep: simulatedSleep }),
    });
    const startMs = simulatorNow().getTime();
    const sends = Array.from({ length: 12 }, (_, index) =>
      client.sendWhatsAppFreeform({
        senderId: MAX_SENDER,
        recipientPhone: PAUL,
        message: `Nachricht ${index}`,
      }),
    );
    expect(await Promise.all(sends)).toHaveLength(12);
    expect(recorder.list().map((exchange) => exchange.status)).not.toContain(429);
    expect(simulatorNow().getTime() - startMs).toBeGreaterThanOrEqual(2000);
  });
});
