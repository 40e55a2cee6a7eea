import { describe, expect, it } from 'vitest';
import {
  CLARA,
  MAX,
  SOPHIE,
  listPageShape,
  shapes,
  simulatorsClosedAfterEach,
  type TestSimulator,
} from '../../testing/simulatorTestKit';

const start = simulatorsClosedAfterEach();

const generate = async (
  sim: TestSimulator,
  body: Record<string, unknown>,
  path = '/user/ai/generate-reply',
) => {
  const answer = await sim.api.post(path, body);
  expect(answer.status).toBe(200);
  return shapes.generated.parse(answer.body);
};
// The limiter allows 5 a minute; moving the injected clock on opens a new window without waiting.
const nextMinute = (sim: TestSimulator) => sim.clock.advance(60_000);

describe('POST /user/ai/generate-reply', () => {
  it('keys the thread by (assistant id, customer identifier)', async () => {
    const sim = await start();
    const first = await generate(sim, {
      assistant_id: MAX.id,
      customer_identifier: '+4915112345671',
      message: 'Hi',
    });
    expect(first).toEqual({
      success: true,
      conversation_id: first.conversation_id,
      customer_identifier: '+4915112345671',
      reply: "Hi! I'm Max from Nordwind Outdoor support. How can I help?",
      function_calls: [],
      ai_disabled: false,
    });
    const again = await generate(
      sim,
      { assistant_id: String(MAX.id), customer_identifier: '+4915112345671', message: 'Where is NW-20931?' },
      '/user/ai/generate-reply',
    );
    expect(again.conversation_id).toBe(first.conversation_id);
    expect(again.function_calls[0]?.name).toBe('lookup_order');
    const other = await generate(sim, { assistant_id: MAX.id, customer_identifier: 'crm-1', message: 'Hi' });
    expect(other.conversation_id).not.toBe(first.conversation_id);
    const sameCustomerOtherAssistant = await generate(sim, {
      assistant_id: CLARA.id,
      customer_identifier: '+4915112345671',
      message: 'Hi',
    });
    expect(sameCustomerOtherAssistant.conversation_id).not.toBe(first.conversation_id);
  });

  it('creates api-type threads without an external_identifier, merging variables', async () => {
    const sim = await start();
    const { conversation_id: id } = await generate(sim, {
      assistant_id: SOPHIE.id,
      customer_identifier: 'anna@example.de',
      message: 'Hallo',
      variables: { company_name: 'Kanzlei Roth', ticket: 7 },
    });
    await generate(sim, {
      assistant_id: SOPHIE.id,
      customer_identifier: 'anna@example.de',
      message: 'Wo finde ich Sie?',
      variables: { ticket: 8 },
    });
    const detail = shapes.detail.parse((await sim.api.get(`/conversations/${id}`)).body);
    expect(detail.external_identifier).toBeUndefined();
    expect(detail.variables).toEqual({ company_name: 'Kanzlei Roth', ticket: 8 });
    expect(detail.history.at(-1)?.content).toBe(
      'Sie finden Kanzlei Roth in der Lindenstraße 14, 10969 Berlin. Parkplätze gibt es im Hof.',
    );
    const list = listPageShape.parse((await sim.api.get('/user/conversations?type=api')).body);
    expect(list.data.map((item) => [item.id, item.external_identifier, item.type])).toEqual([
      [id, undefined, 'api'],
    ]);
  });

  it('fills {{customer_phone}} from an E.164 identifier and keeps the language of the message', async () => {
    const sim = await start();
    const body = { assistant_id: SOPHIE.id, customer_identifier: '+4917012345678' };
    const callback = await generate(sim, { ...body, message: 'Können Sie mich zurückrufen?' });
    expect(callback.function_calls[0]?.arguments).toEqual({
      caller_name: '',
      phone: '+4917012345678',
      reason: 'callback_request',
    });
    expect(callback.reply).toMatch(
      /^Gerne! Ich habe einen Rückruf unter \+4917012345678 notiert \(Ticket CB-[0-9A-Z]{6}\)/,
    );
    expect((await generate(sim, { ...body, message: 'What time is it?' })).reply).toBe(
      'Today is 2026-06-15 and the time is 14:30.',
    );
  });

  it('answers Laravel 422s for missing or invalid fields', async () => {
    const sim = await start();
    const empty = await sim.api.post('/user/ai/generate-reply', {});
    expect(empty.status).toBe(422);
    expect(shapes.laravelValidation.parse(empty.body)).toEqual({
      message: 'The assistant id field is required. (and 2 more errors)',
      errors: {
        assistant_id: ['The assistant id field is required.'],
        customer_identifier: ['The customer identifier field is required.'],
        message: ['The message field is required.'],
      },
    });
    nextMinute(sim);
    const invalid = await sim.api.post('/user/ai/generate-reply', {
      assistant_id: MAX.uuid,
      customer_identifier: 'x'.repeat(256),
      message: 'y'.repeat(2001),
      variables: 'nope',
    });
    expect(shapes.laravelValidation.parse(invalid.body).errors).toEqual({
      assistant_id: ['The assistant id field must be an integer.'],
      customer_identifier: ['The customer identifier field must not be greater than 255 characters.'],
      variables: ['The variables field must be an array.'],
    });
    const limits = await sim.api.post('/user/ai/generate-reply', {
      assistant_id: MAX.id,
      customer_identifier: 'x'.repeat(255),
      message: 'y'.repeat(2001),
    });
    expect(limits.status).toBe(200);
  });

  it('answers 404 ASSISTANT_NOT_FOUND for an id the account does not have', async () => {
    const sim = await start();
    const answer = await sim.api.post('/user/ai/generate-reply', {
      assistant_id: 999,
      customer_identifier: 'a',
      message: 'Hi',
    });
    expect(answer.status).toBe(404);
    expect(answer.body).toEqual({
      success: false,
      error: 'Assistant not found or does not belong to you',
      error_code: 'ASSISTANT_NOT_FOUND',
    });
  });

  it('answers 402 INSUFFICIENT_BALANCE when the balance cannot pay, and bills $0.01 otherwise', async () => {
    const sim = await start({ initialBalance: 0.01 });
    await generate(sim, { assistant_id: MAX.id, customer_identifier: 'c-1', message: 'Hi' });
    const refused = await sim.api.post('/user/ai/generate-reply', {
      assistant_id: MAX.id,
      customer_identifier: 'c-1',
      message: 'Hi',
    });
    expect(refused.status).toBe(402);
    expect(shapes.generateReplyError.parse(refused.body)).toEqual({
      success: false,
      error: 'Insufficient balance. Please top up your account.',
      error_code: 'INSUFFICIENT_BALANCE',
    });
    expect(shapes.account.parse((await sim.api.get('/user/me')).body).total_balance).toBe(0);
  });
});

describe('the 5-per-minute limit', () => {
  it('refuses the sixth call with 429, retry_after and Retry-After, counting down with the clock', async () => {
    const sim = await start();
    const body = { assistant_id: MAX.id, customer_identifier: 'rate', message: 'Hi' };
    for (let call = 1; call <= 5; call += 1) {
      const answer = await sim.api.post('/user/ai/generate-reply', body);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('x-ratelimit-limit')).toBe('5');
      expect(answer.headers.get('x-ratelimit-remaining')).toBe(String(5 - call));
    }
    sim.clock.advance(15_000);
    const refused = await sim.api.post('/user/ai/generate-reply', body);
    expect(refused.status).toBe(429);
    expect(refused.body).toEqual({ message: 'Too Many Attempts.', retry_after: 45 });
    expect(refused.headers.get('retry-after')).toBe('45');
    expect(refused.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(Number(refused.headers.get('x-ratelimit-reset'))).toBe(Date.parse('2026-06-15T12:31:00Z') / 1000);
    sim.clock.advance(44_500);
    expect((await sim.api.post('/user/ai/generate-reply', body)).body).toEqual({
      message: 'Too Many Attempts.',
      retry_after: 1,
    });
    sim.clock.advance(500);
    expect((await sim.api.post('/user/ai/generate-reply', body)).status).toBe(200);
  });

  it('does not limit the other endpoints', async () => {
    const sim = await start();
    for (let call = 0; call < 8; call += 1) expect((await sim.api.get('/user/me')).status).toBe(200);
  });
});

describe('human takeover', () => {
  it('stores the message but produces no AI reply while AI is disabled, and replies again once enabled', async () => {
    const sim = await start({ initialBalance: 1 });
    const body = { assistant_id: MAX.id, customer_identifier: 'takeover' };
    const { conversation_id: id } = await generate(sim, { ...body, message: 'Hi' });
    const disabled = await sim.api.automate(`/automate/conversations/${id}/disable-ai`);
    expect(shapes.aiSwitch.parse(disabled.body)).toEqual({ status: true, ai_enabled: false });
    const silent = await generate(sim, { ...body, message: 'Anyone there?' });
    expect(silent).toMatchObject({ conversation_id: id, reply: null, function_calls: [], ai_disabled: true });
    const history = shapes.detail.parse((await sim.api.get(`/conversations/${id}`)).body).history;
    expect(history.at(-1)).toEqual({ role: 'user', content: 'Anyone there?' });
    expect(shapes.account.parse((await sim.api.get('/user/me')).body).total_balance).toBe(0.99);
    const enabled = await sim.api.automate(`/automate/conversations/${id}/enable-ai`);
    expect(shapes.aiSwitch.parse(enabled.body)).toEqual({ status: true, ai_enabled: true });
    expect((await generate(sim, { ...body, message: 'Thanks' })).reply).toBe(
      "You're welcome! Enjoy your time outdoors.",
    );
  });

  it('transfer_to_human switches AI off for the conversation', async () => {
    const sim = await start();
    const body = { assistant_id: MAX.id, customer_identifier: 'upset-customer' };
    const transfer = await generate(sim, { ...body, message: 'I want to speak to a real person' });
    expect(transfer.ai_disabled).toBe(false);
    expect(transfer.function_calls).toEqual([
      {
        name: 'transfer_to_human',
        arguments: { reason: 'customer_request', queue: 'support-tier-1' },
        result: {
          transferred: true,
          queue: 'support-tier-1',
          ticket_id: expect.stringMatching(/^HD-[0-9A-Z]{6}$/),
          position_in_queue: 2,
          estimated_wait_minutes: 4,
        },
      },
    ]);
    const list = listPageShape.parse((await sim.api.get('/user/conversations?type=api')).body);
    expect(list.data.find((item) => item.id === transfer.conversation_id)?.ai_enabled).toBe(false);
    expect(await generate(sim, { ...body, message: 'Hello?' })).toMatchObject({
      reply: null,
      ai_disabled: true,
    });
  });

  it('send-message stores the user message with an empty reply while AI is off (presumed behaviour)', async () => {
    const sim = await start();
    const created = shapes.created.parse(
      (await sim.api.post('/conversations', { assistant_id: MAX.uuid, type: 'test' })).body,
    );
    await sim.api.automate(`/automate/conversations/${created.conversation_id}/disable-ai`);
    const sent = await sim.api.post(`/conversations/${created.conversation_id}/messages`, { message: 'Hi' });
    expect(shapes.sent.parse(sent.body)).toEqual({ status: true, message: '', function_calls: [] });
  });

  it('answers 404 for an unknown conversation and the plain 401 body for a wrong key', async () => {
    const sim = await start();
    const missing = await sim.api.automate('/automate/conversations/unknown/disable-ai');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ status: false, error: 'Conversation not found' });
    for (const headers of [{ Authorization: 'Bearer wrong' }, { Authorization: '' }]) {
      const refused = await sim.api.call(
        'POST',
        '/automate/conversations/unknown/enable-ai',
        undefined,
        headers,
      );
      expect(refused.status).toBe(401);
      expect(refused.body).toEqual({ error: 'Unauthorized' });
    }
  });
});
