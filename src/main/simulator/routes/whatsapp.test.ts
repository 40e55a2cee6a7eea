import { describe, expect, it } from 'vitest';
import { MAX_WHATSAPP_MESSAGE_LENGTH } from '../../../shared/limits';
import { shapes, simulatorsClosedAfterEach, whatsappShapes, type TestSimulator } from '../testSupport';

// Famulor's WhatsApp pages (en/api-reference/whatsapp/*) against the simulator's seeded account: Clara's sender 12
// and Max's 15 are online, Sophie's 18 is offline; Max's 10,000-message thread with Paul Neumann had its last
// customer message two hours ago (window open), Clara's thread with him ended two days ago (window expired).
const start = simulatorsClosedAfterEach();
const seeded = () => start({ seedHistory: true });

const CLARA_SENDER = 12;
const MAX_SENDER = 15;
const SOPHIE_SENDER = 18;
const PAUL = '+4917612340987';
const NEW_CUSTOMER = '+4915799990000';
const HOUR_MS = 60 * 60 * 1000;

const sessionOf = async (sim: TestSimulator, senderId: number, phone: string) => {
  const answer = await sim.api.get(
    `/user/whatsapp/session-status?sender_id=${senderId}&recipient_phone=${encodeURIComponent(phone)}`,
  );
  expect(answer.status).toBe(200);
  return whatsappShapes.session.parse(answer.body);
};

const freeform = (sim: TestSimulator, senderId: number, phone: string, message: string) =>
  sim.api.post('/user/whatsapp/send-freeform', { sender_id: senderId, recipient_phone: phone, message });

const template = (sim: TestSimulator, body: Record<string, unknown>) =>
  sim.api.post('/user/whatsapp/send', body);

const errorCodeOf = (answer: { status: number; body: unknown }) => ({
  status: answer.status,
  errorCode: whatsappShapes.error.parse(answer.body).error_code,
});

/** The uuid of the WhatsApp thread between a sender's phone and a customer, as the conversation list shows it. */
const threadUuid = async (sim: TestSimulator, senderPhone: string, customerPhone: string) => {
  const page = await sim.api.get(
    `/user/conversations?type=whatsapp&whatsapp_sender_phone=${encodeURIComponent(senderPhone)}&customer_phone=${encodeURIComponent(customerPhone)}`,
  );
  const id = (page.body as { data: { id: string }[] }).data[0]?.id;
  if (!id) throw new Error(`No thread between ${senderPhone} and ${customerPhone}.`);
  return id;
};

const historyOf = async (sim: TestSimulator, uuid: string) =>
  shapes.detail.parse((await sim.api.get(`/conversations/${uuid}`)).body).history;

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

describe('POST /user/whatsapp/send-freeform', () => {
  it('sends inside the window: the message joins the thread, is billed and the window stays open', async () => {
    const sim = await seeded();
    const before = shapes.account.parse((await sim.api.get('/user/me')).body).total_balance;
    const sent = await freeform(sim, MAX_SENDER, PAUL, 'Hallo Paul, hier ist Lena vom Support.');
    expect(sent.status).toBe(200);
    const body = whatsappShapes.freeformSent.parse(sent.body);
    expect(body.session_status.is_open).toBe(true);
    expect(body.conversation_id).toBe((await sessionOf(sim, MAX_SENDER, PAUL)).conversation_id);
    const history = await historyOf(sim, await threadUuid(sim, '+4940123456102', PAUL));
    expect(history).toHaveLength(10_001);
    expect(history.at(-1)).toEqual({ role: 'assistant', content: 'Hallo Paul, hier ist Lena vom Support.' });
    expect(shapes.account.parse((await sim.api.get('/user/me')).body).total_balance).toBeCloseTo(
      before - 0.01,
      5,
    );
  });

  it('refuses with 403 SESSION_EXPIRED and the session status once the window has closed', async () => {
    const sim = await seeded();
    sim.clock.advance(23 * HOUR_MS);
    const refused = await freeform(sim, MAX_SENDER, PAUL, 'Sind Sie noch da?');
    expect(refused.status).toBe(403);
    const body = whatsappShapes.error.parse(refused.body);
    expect(body.error_code).toBe('SESSION_EXPIRED');
    expect(body.session_status).toMatchObject({ is_open: false, requires_template: true });
    expect(await historyOf(sim, await threadUuid(sim, '+4940123456102', PAUL))).toHaveLength(10_000);
  });

  it('answers each documented refusal: unknown sender, offline sender, a number not in E.164, no balance', async () => {
    const sim = await seeded();
    expect(errorCodeOf(await freeform(sim, 999, PAUL, 'Hallo'))).toEqual({
      status: 404,
      errorCode: 'SENDER_NOT_FOUND',
    });
    expect(errorCodeOf(await freeform(sim, SOPHIE_SENDER, PAUL, 'Hallo'))).toEqual({
      status: 503,
      errorCode: 'SENDER_OFFLINE',
    });
    expect(errorCodeOf(await freeform(sim, MAX_SENDER, '0176 1234', 'Hallo'))).toEqual({
      status: 422,
      errorCode: 'INVALID_PHONE',
    });
    const broke = await start({ seedHistory: true, initialBalance: 0 });
    expect(errorCodeOf(await freeform(broke, MAX_SENDER, PAUL, 'Hallo'))).toEqual({
      status: 402,
      errorCode: 'INSUFFICIENT_BALANCE',
    });
  });

  it('takes 4,096 characters counted as characters, and refuses one more with a field error', async () => {
    const sim = await seeded();
    const emoji = '😀'.repeat(MAX_WHATSAPP_MESSAGE_LENGTH);
    expect((await freeform(sim, MAX_SENDER, PAUL, emoji)).status).toBe(200);
    const tooLong = await freeform(sim, MAX_SENDER, PAUL, `${emoji}!`);
    expect(tooLong.status).toBe(422);
    expect(shapes.laravelValidation.parse(tooLong.body).errors).toHaveProperty('message');
  });

  it('holds sends to 5 a second: the sixth is refused with a Retry-After, the next second takes it', async () => {
    const sim = await seeded();
    const statuses = [];
    for (let index = 0; index < 6; index += 1) {
      statuses.push((await freeform(sim, MAX_SENDER, PAUL, `Nachricht ${index}`)).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const refused = await freeform(sim, MAX_SENDER, PAUL, 'noch eine');
    expect(refused.headers.get('retry-after')).toBe('1');
    sim.clock.advance(1000);
    expect((await freeform(sim, MAX_SENDER, PAUL, 'jetzt')).status).toBe(200);
  });
});

describe('POST /user/whatsapp/send (template)', () => {
  it('writes outside the window with the variables filled in, and reopens it for freeform messages', async () => {
    const sim = await seeded();
    sim.clock.advance(23 * HOUR_MS);
    const sent = await template(sim, {
      sender_id: MAX_SENDER,
      template_id: 51,
      recipient_phone: PAUL,
      variables: { 1: 'Paul', order_number: 'NW-4711' },
    });
    expect(sent.status).toBe(200);
    expect(whatsappShapes.templateSent.parse(sent.body).status).toBe('queued');
    const history = await historyOf(sim, await threadUuid(sim, '+4940123456102', PAUL));
    expect(history.at(-1)?.content).toBe(
      'Hi Paul, your order NW-4711 has been updated. Reply here if you have any questions.',
    );
    expect((await sessionOf(sim, MAX_SENDER, PAUL)).session_status.is_open).toBe(true);
    expect((await freeform(sim, MAX_SENDER, PAUL, 'Und noch etwas …')).status).toBe(200);
  });

  it('starts a conversation with a new number, which then has a thread and an open window', async () => {
    const sim = await seeded();
    const sent = await template(sim, {
      sender_id: MAX_SENDER,
      template_id: 52,
      recipient_phone: NEW_CUSTOMER,
      recipient_name: 'Mia Neu',
    });
    expect(sent.status).toBe(200);
    const session = await sessionOf(sim, MAX_SENDER, NEW_CUSTOMER);
    expect(session).toMatchObject({ has_conversation: true, customer_name: 'Mia Neu' });
    expect(session).not.toHaveProperty('last_customer_message_at');
    expect(session.session_status.is_open).toBe(true);
    expect(await historyOf(sim, await threadUuid(sim, '+4940123456102', NEW_CUSTOMER))).toEqual([
      {
        role: 'assistant',
        content:
          'Hello, this is Nordwind Outdoor support following up on your request. Reply to continue the conversation.',
      },
    ]);
  });

  it('answers each documented refusal with its code', async () => {
    const sim = await seeded();
    // A second apart: refused sends count against the 5-a-second limit too.
    const send = (body: Record<string, unknown>) => {
      sim.clock.advance(1000);
      return template(sim, { sender_id: MAX_SENDER, recipient_phone: PAUL, ...body }).then(errorCodeOf);
    };
    expect(await send({ sender_id: 999, template_id: 51 })).toEqual({
      status: 404,
      errorCode: 'SENDER_NOT_FOUND',
    });
    expect(await send({ template_id: 45 })).toEqual({ status: 404, errorCode: 'TEMPLATE_NOT_FOUND' });
    expect(await send({ template_id: 53 })).toEqual({ status: 422, errorCode: 'TEMPLATE_NOT_APPROVED' });
    expect(await send({ template_id: 51, variables: { 1: 'Paul' } })).toEqual({
      status: 422,
      errorCode: 'TEMPLATE_MISMATCH',
    });
    expect(await send({ template_id: 52, recipient_phone: 'not a number' })).toEqual({
      status: 422,
      errorCode: 'INVALID_PHONE',
    });
    expect(
      await send({ sender_id: SOPHIE_SENDER, template_id: 61, variables: { 1: 'Paul', 2: 'Montag' } }),
    ).toEqual({
      status: 422,
      errorCode: 'SENDER_OFFLINE',
    });
  });
});
