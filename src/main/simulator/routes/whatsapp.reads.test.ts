import { describe, expect, it } from 'vitest';
import { shapes, whatsappShapes, simulatorsClosedAfterEach } from '../../testing/simulatorTestKit';
import {
  CLARA_SENDER,
  MAX_SENDER,
  SOPHIE_SENDER,
  PAUL,
  NEW_CUSTOMER,
  HOUR_MS,
  sessionOf,
  errorCodeOf,
} from '../../testing/whatsappTestKit';

// Famulor's WhatsApp reads against the simulator's seeded account (see whatsappTestKit.ts).
const start = simulatorsClosedAfterEach();
const seeded = () => start({ seedHistory: true });

describe('GET /user/whatsapp/senders', () => {
  it('lists the online senders by default and every sender with status=all, in the documented shape', async () => {
    const sim = await seeded();
    const online = whatsappShapes.senders.parse((await sim.api.get('/user/whatsapp/senders')).body).data;
    expect(online.map((sender) => sender.id)).toEqual([CLARA_SENDER, MAX_SENDER]);
    const all = whatsappShapes.senders.parse(
      (await sim.api.get('/user/whatsapp/senders?status=all')).body,
    ).data;
    expect(all.map((sender) => [sender.id, sender.status])).toEqual([
      [CLARA_SENDER, 'online'],
      [MAX_SENDER, 'online'],
      [SOPHIE_SENDER, 'offline'],
    ]);
    expect(all.map((sender) => sender.messaging_limit_formatted)).toEqual([
      '10,000 / 24hr',
      '1,000 / 24hr',
      'Unlimited',
    ]);
  });

  it('has no senders on an account without the seed, and refuses an unknown status filter', async () => {
    const sim = await start();
    expect((await sim.api.get('/user/whatsapp/senders?status=all')).body).toEqual({ data: [] });
    const refused = await sim.api.get('/user/whatsapp/senders?status=busy');
    expect(refused.status).toBe(422);
    expect(shapes.laravelValidation.parse(refused.body).errors).toHaveProperty('status');
  });
});

describe('GET /user/whatsapp/senders/{senderId}/templates', () => {
  it('lists approved templates by default, every one with status=all, with has_variables', async () => {
    const sim = await seeded();
    const approved = whatsappShapes.templates.parse(
      (await sim.api.get(`/user/whatsapp/senders/${CLARA_SENDER}/templates`)).body,
    ).data;
    expect(approved.map((item) => [item.name, item.has_variables])).toEqual([
      ['appointment_reminder', true],
      ['follow_up', true],
    ]);
    expect(approved[0]?.body_text).toContain('{{1}}');
    const all = whatsappShapes.templates.parse(
      (await sim.api.get(`/user/whatsapp/senders/${CLARA_SENDER}/templates?status=all`)).body,
    ).data;
    expect(all.map((item) => item.status)).toEqual(['approved', 'approved', 'pending']);
  });

  it('answers 404 SENDER_NOT_FOUND for a sender the account does not have', async () => {
    const sim = await seeded();
    expect(errorCodeOf(await sim.api.get('/user/whatsapp/senders/999/templates'))).toEqual({
      status: 404,
      errorCode: 'SENDER_NOT_FOUND',
    });
  });
});

describe('GET /user/whatsapp/session-status', () => {
  it('reports an open window with the minutes left, and expired once 24 hours passed without a customer message', async () => {
    const sim = await seeded();
    const open = await sessionOf(sim, MAX_SENDER, PAUL);
    expect(open).toMatchObject({
      has_conversation: true,
      customer_name: 'Paul Neumann',
      last_customer_message_at: '2026-06-15T10:30:00+00:00',
      session_status: {
        is_open: true,
        can_send_freeform: true,
        requires_template: false,
        minutes_remaining: 1320,
      },
    });
    expect(open.session_status.expires_at).toBe('2026-06-16T10:30:00+00:00');
    expect(open.session_status.message).toBe(
      'Session open (22 hr 0 min remaining). Unlimited free-form messages allowed.',
    );

    sim.clock.advance(22 * HOUR_MS);
    const expired = await sessionOf(sim, MAX_SENDER, PAUL);
    expect(expired.session_status).toEqual({
      is_open: false,
      can_send_freeform: false,
      requires_template: true,
      message: 'Session expired. Send a template or wait for customer to reply.',
      expired_at: '2026-06-16T10:30:00+00:00',
    });
  });

  it('says there is no conversation with a number nobody wrote from', async () => {
    const sim = await seeded();
    expect(await sessionOf(sim, MAX_SENDER, NEW_CUSTOMER)).toEqual({
      success: true,
      has_conversation: false,
      session_status: {
        is_open: false,
        can_send_freeform: false,
        requires_template: true,
        message: 'No conversation exists with this recipient. Send a template message first.',
      },
    });
  });

  it('answers 404 SENDER_NOT_FOUND for an unknown sender and 422 without its parameters', async () => {
    const sim = await seeded();
    const unknown = await sim.api.get(`/user/whatsapp/session-status?sender_id=999&recipient_phone=${PAUL}`);
    expect(unknown.body).toEqual({
      success: false,
      error: 'Sender not found',
      error_code: 'SENDER_NOT_FOUND',
    });
    const bare = await sim.api.get('/user/whatsapp/session-status');
    expect(bare.status).toBe(422);
    expect(Object.keys(shapes.laravelValidation.parse(bare.body).errors)).toEqual([
      'sender_id',
      'recipient_phone',
    ]);
  });
});
