import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator, type SimulatorOptions } from '../simulator/index';
import { CLARA } from '../testing/simulatorTestKit';
import { findSentMessage, sendMessageReconciled } from './reconcile';
import { clientFor, errorOf } from '../testing/clientOnSimulatorTestKit';

/** Plays back the given numbers, so a test decides which request gets which fault (see drawFault). */
const scripted = (...values: number[]) => {
  const queue = [...values];
  return () => queue.shift() ?? 0.99;
};
const NO_FAULT = 0.99;
const FAULT = 0;

let simulator: RunningSimulator | null = null;
const start = async (options: SimulatorOptions) => {
  simulator = await startSimulator({ seedHistory: false, ...options });
  return simulator;
};
afterEach(async () => {
  await simulator?.close();
  simulator = null;
});

const noWait = { readDelaysMs: [], sleep: async () => undefined };

describe('reconcile before Retry', () => {
  it('answers a dropped send from the history and sends nothing again', async () => {
    // create, then the dropped send (fault kind 0 = drop), then the read-back.
    const sim = await start({
      failRate: 0.5,
      faults: ['drop'],
      random: scripted(NO_FAULT, FAULT, 0, NO_FAULT),
    });
    const { client, recorder } = clientFor(sim);
    const { conversationId } = await client.createConversation({ assistantUuid: CLARA.uuid, type: 'widget' });
    const sent = await sendMessageReconciled(
      client,
      { conversationId, message: 'Hello', userMessagesBefore: 0 },
      {},
      noWait,
    );
    expect(sent).toMatchObject({ recovered: true, message: expect.stringContaining('Clara') });
    expect(recorder.list().filter((exchange) => exchange.method === 'POST')).toHaveLength(2);
    expect((await client.getAccount()).totalBalance).toBe(24.99);
  });

  it('passes a failure on when Famulor does not have the message, so Retry is safe', async () => {
    const sim = await start({
      failRate: 0.5,
      faults: ['500'],
      random: scripted(NO_FAULT, FAULT, 0, NO_FAULT),
    });
    const { client } = clientFor(sim);
    const { conversationId } = await client.createConversation({ assistantUuid: CLARA.uuid, type: 'widget' });
    const error = await errorOf(
      sendMessageReconciled(client, { conversationId, message: 'Hello', userMessagesBefore: 0 }, {}, noWait),
    );
    expect(error).toMatchObject({ code: 'server', status: 500 });
    const { history } = await client.getConversation({ conversationId });
    expect(history.filter((entry) => entry.role === 'user')).toHaveLength(0);
  });

  it('tells an earlier identical message from this one by its place in the history', () => {
    const history = [
      { role: 'user', content: 'Hello', functionCalls: [] },
      { role: 'assistant', content: 'Hi!', functionCalls: [] },
    ];
    expect(
      findSentMessage(history, { conversationId: 'c', message: 'Hello', userMessagesBefore: 1 }),
    ).toEqual({
      kind: 'absent',
    });
    expect(
      findSentMessage(history, { conversationId: 'c', message: 'Hello', userMessagesBefore: 0 }),
    ).toEqual({
      kind: 'answered',
      reply: { message: 'Hi!', functionCalls: [] },
    });
    expect(
      findSentMessage(history.slice(0, 1), { conversationId: 'c', message: 'Hello', userMessagesBefore: 0 }),
    ).toEqual({ kind: 'pending' });
  });
});
