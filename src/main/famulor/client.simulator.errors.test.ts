import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MAX_CUSTOMER_IDENTIFIER_LENGTH, MAX_MESSAGE_LENGTH } from '../../shared/limits';
import { startSimulator, type RunningSimulator } from '../simulator/index';
import type { FamulorClient } from './client';
import { generateReplyPacer } from './pacer';
import type { ExchangeRecorder } from './recorder';
import {
  advanceSimulatorClock,
  clientFor,
  errorOf,
  firstAssistant,
  nextMinute,
  simulatorNow,
  UNKNOWN_UUID,
  type KnownAssistant,
} from '../testing/clientOnSimulatorTestKit';

/** The client against the real offline simulator: every documented error path, the rate limit, the balance. */

describe('client ↔ simulator: documented errors', () => {
  let simulator: RunningSimulator;
  let client: FamulorClient;
  let recorder: ExchangeRecorder;
  let assistant: KnownAssistant;

  beforeAll(async () => {
    simulator = await startSimulator({ now: simulatorNow });
    ({ client, recorder } = clientFor(simulator));
    assistant = await firstAssistant(client);
  });
  afterAll(() => simulator.close());
  beforeEach(nextMinute);

  it('rejects a wrong key with the authentication guide body, and the takeover one plainly', async () => {
    const { client: wrong } = clientFor(simulator, {
      getApiKey: async () => 'not-the-key',
      getAutomateKey: async () => null,
    });
    expect(await errorOf(wrong.getAccount())).toMatchObject({
      code: 'unauthorized',
      status: 401,
      famulorError: 'Invalid API key — The provided API key is invalid or expired',
    });
    expect(await errorOf(wrong.disableAi({ conversationId: UNKNOWN_UUID }))).toMatchObject({
      code: 'unauthorized',
      famulorError: 'Unauthorized',
    });
  });

  it('reports unknown assistants and conversations', async () => {
    expect(
      await errorOf(client.createConversation({ assistantUuid: UNKNOWN_UUID, type: 'test' })),
    ).toMatchObject({
      code: 'not_found',
      status: 404,
      famulorError: 'Assistant not found',
    });
    for (const call of [
      client.sendMessage({ conversationId: UNKNOWN_UUID, message: 'Hi' }),
      client.getConversation({ conversationId: UNKNOWN_UUID }),
      client.enableAi({ conversationId: UNKNOWN_UUID }),
    ]) {
      expect(await errorOf(call)).toMatchObject({
        code: 'not_found',
        famulorError: 'Conversation not found',
      });
    }
    expect(
      await errorOf(
        client.generateReply({ assistantId: 999_999, customerIdentifier: 'crm-1', message: 'Hi' }),
      ),
    ).toMatchObject({ code: 'not_found', status: 404, errorCode: 'ASSISTANT_NOT_FOUND' });
  });

  it('reports "Failed to process message" (an inactive assistant) as a server error worth retrying by hand', async () => {
    const { conversationId } = await client.createConversation({
      assistantUuid: assistant.uuid,
      type: 'test',
    });
    // The client has no status setting (the reference does not list it among the updatable fields).
    const setStatus = (status: 'active' | 'inactive') =>
      fetch(`${simulator.baseUrl}/user/assistant/${assistant.id}`, {
        method: 'PUT',
        headers: { Authorization: `Bearer ${simulator.apiKey}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ status }),
      });
    expect((await setStatus('inactive')).status).toBe(200);
    try {
      expect(await errorOf(client.sendMessage({ conversationId, message: 'Hi' }))).toMatchObject({
        code: 'server',
        status: 400,
        famulorError: 'Failed to process message: the assistant is inactive',
        reason: 'processing_failed',
      });
    } finally {
      await setStatus('active');
    }
  });

  it('refuses a message over 2000 characters and a customer identifier over 255', async () => {
    const { conversationId } = await client.createConversation({
      assistantUuid: assistant.uuid,
      type: 'test',
    });
    const tooLong = await errorOf(
      client.sendMessage({ conversationId, message: 'x'.repeat(MAX_MESSAGE_LENGTH + 1) }),
    );
    expect(tooLong).toMatchObject({ code: 'validation', status: 422 });
    await client.sendMessage({ conversationId, message: 'x'.repeat(MAX_MESSAGE_LENGTH) });

    const identifier = await errorOf(
      client.generateReply({
        assistantId: assistant.id,
        customerIdentifier: 'c'.repeat(MAX_CUSTOMER_IDENTIFIER_LENGTH + 1),
        message: 'Hi',
      }),
    );
    expect(identifier).toMatchObject({ code: 'validation', status: 422 });
    expect(Object.keys(identifier.fieldErrors ?? {})).toContain('customer_identifier');
  });

  it('answers the sixth generate-reply of a minute with a 429 when nothing paces the client', async () => {
    for (let call = 0; call < 5; call += 1) {
      await client.generateReply({
        assistantId: assistant.id,
        customerIdentifier: 'crm-rate',
        message: 'Hi',
      });
    }
    const limited = await errorOf(
      client.generateReply({ assistantId: assistant.id, customerIdentifier: 'crm-rate', message: 'Hi' }),
    );
    expect(limited).toMatchObject({ code: 'rate_limited', status: 429 });
    expect(limited.retryAfterMs).toBeGreaterThan(0);
    expect(limited.retryAfterMs).toBeLessThanOrEqual(60_000);
    expect(limited).toMatchObject({ reason: 'generate_reply_rate_limited', params: { limit: 5 } });
  });

  it('never meets that 429 with the pacer, which waits out the minute instead', async () => {
    let pacerMs = 0;
    const pacer = generateReplyPacer({
      now: () => pacerMs,
      sleep: async (ms) => {
        pacerMs += ms;
        advanceSimulatorClock(ms);
      },
    });
    const { client: paced } = clientFor(simulator, { pacer });
    const waits: number[] = [];
    for (let call = 0; call < 6; call += 1) {
      const reply = await paced.generateReply(
        { assistantId: assistant.id, customerIdentifier: 'crm-paced', message: 'Hi' },
        { onPacerWait: (ms) => waits.push(ms) },
      );
      expect(reply.aiDisabled).toBe(false);
    }
    expect(waits).toEqual([60_000]);
  });

  it('records every exchange without the key', () => {
    expect(recorder.list().length).toBeGreaterThan(10);
    expect(JSON.stringify(recorder.list())).not.toContain(simulator.apiKey);
  });
});

describe('client ↔ simulator: the balance running out', () => {
  let simulator: RunningSimulator;
  let client: FamulorClient;
  let assistant: KnownAssistant;

  beforeAll(async () => {
    simulator = await startSimulator({ now: simulatorNow, initialBalance: 0.02, seedHistory: false });
    ({ client } = clientFor(simulator));
    assistant = await firstAssistant(client);
  });
  afterAll(() => simulator.close());
  beforeEach(nextMinute);

  it('bills widget messages until the balance is gone, while test conversations stay free', async () => {
    const widget = await client.createConversation({ assistantUuid: assistant.uuid, type: 'widget' });
    await client.sendMessage({ conversationId: widget.conversationId, message: 'One' });
    await client.sendMessage({ conversationId: widget.conversationId, message: 'Two' });
    expect((await client.getAccount()).totalBalance).toBe(0);
    expect(
      await errorOf(client.sendMessage({ conversationId: widget.conversationId, message: 'Three' })),
    ).toMatchObject({
      code: 'insufficient_balance',
      status: 400,
      famulorError: 'Insufficient balance. Please top up your account.',
      reason: 'balance_used_up',
    });
    expect(
      await errorOf(client.createConversation({ assistantUuid: assistant.uuid, type: 'widget' })),
    ).toMatchObject({ code: 'insufficient_balance', status: 400 });
    expect(
      await errorOf(
        client.generateReply({ assistantId: assistant.id, customerIdentifier: 'crm-1', message: 'Hi' }),
      ),
    ).toMatchObject({ code: 'insufficient_balance', status: 402, errorCode: 'INSUFFICIENT_BALANCE' });

    const test = await client.createConversation({ assistantUuid: assistant.uuid, type: 'test' });
    expect(
      (await client.sendMessage({ conversationId: test.conversationId, message: 'Free' })).message,
    ).not.toBe('');
  });
});
