import { describe, expect, it } from 'vitest';
import { MAX_WHATSAPP_MESSAGE_LENGTH } from '../../../shared/limits';
import { shapes, whatsappShapes, simulatorsClosedAfterEach } from '../../testing/simulatorTestKit';
import {
  MAX_SENDER,
  SOPHIE_SENDER,
  PAUL,
  NEW_CUSTOMER,
  HOUR_MS,
  sessionOf,
  freeform,
  template,
  errorCodeOf,
  threadUuid,
  historyOf,
} from '../../testing/whatsappTestKit';

// Famulor's WhatsApp sends against the simulator's seeded account (see whatsappTestKit.ts).
const start = simulatorsClosedAfterEach();
const seeded = () => start({ seedHistory: true });

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
