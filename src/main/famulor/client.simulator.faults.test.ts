import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator, type SimulatorOptions } from '../simulator/index';
import { CLARA } from '../testing/simulatorTestKit';
import { clientFor, errorOf } from '../testing/clientOnSimulatorTestKit';

/**
 * The client against the simulator's injected faults (--fail-rate, --latency): what is safe to retry is
 * retried, a POST whose answer was lost is not (a widget message would be billed twice), and slow answers run
 * into the per-request timeout.
 */

/** Plays back the given numbers, so a test decides which request gets which fault (see drawFault). */
const scripted = (...values: number[]) => {
  const queue = [...values];
  return () => {
    const next = queue.shift();
    if (next === undefined) throw new Error('The scripted random source ran out.');
    return next;
  };
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

const instantRetries = { maxRetries: 3, baseDelayMs: 100, maxDelayMs: 1_000, maxRetryAfterMs: 60_000 };

describe('client ↔ simulator with injected faults', () => {
  it('retries a GET through an injected 500 and a dropped connection', async () => {
    // Draw per request: the fail check, then (on a fault) the kind: index 0 = '500', index 1 = 'drop'.
    const sim = await start({
      failRate: 0.5,
      faults: ['500', 'drop'],
      random: scripted(FAULT, 0, FAULT, 0.9, NO_FAULT),
    });
    const sleeps: number[] = [];
    const { client, recorder } = clientFor(sim, {
      retry: instantRetries,
      random: () => 1,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
    });
    expect((await client.getAccount()).totalBalance).toBe(25);
    expect(recorder.list().map(({ attempt, status, errorCode }) => [attempt, status, errorCode])).toEqual([
      [1, 500, 'server'],
      [2, 200, 'network'],
      [3, 200, null],
    ]);
    expect(sleeps).toEqual([100, 200]);
  });

  it('does not resend a POST whose answer was dropped, so the widget message is billed once', async () => {
    const sim = await start({
      failRate: 0.5,
      faults: ['drop'],
      initialBalance: 1,
      // createConversation, then the dropped sendMessage, then getAccount and getConversation.
      random: scripted(NO_FAULT, FAULT, 0, NO_FAULT, NO_FAULT),
    });
    const { client, recorder } = clientFor(sim, { retry: instantRetries, sleep: async () => undefined });
    const { conversationId } = await client.createConversation({
      assistantUuid: CLARA.uuid,
      type: 'widget',
    });
    expect((await errorOf(client.sendMessage({ conversationId, message: 'Hello' }))).code).toBe('network');
    expect(recorder.list().filter((exchange) => exchange.method === 'POST')).toHaveLength(2);
    expect((await client.getAccount()).totalBalance).toBe(0.99);
    const { history } = await client.getConversation({ conversationId });
    expect(history.filter((entry) => entry.role === 'user').map((entry) => entry.content)).toEqual(['Hello']);
  });

  it('times out on a slow body, and does not retry the timeout', async () => {
    const sim = await start({ failRate: 1, faults: ['slow'], random: () => 0 });
    const { client, recorder } = clientFor(sim, { retry: instantRetries, timeoutMs: 150 });
    expect(await errorOf(client.getAccount())).toMatchObject({ code: 'timeout' });
    expect(recorder.list()).toMatchObject([{ status: 200, errorCode: 'timeout' }]);
  });

  it('waits out injected latency within the timeout and gives up beyond it', async () => {
    const sim = await start({ latencyMs: 250 });
    const { client: patient } = clientFor(sim, { timeoutMs: 2_000 });
    expect((await patient.getAccount()).totalBalance).toBe(25);
    const { client: hasty, recorder } = clientFor(sim, { timeoutMs: 100 });
    expect(await errorOf(hasty.getAccount())).toMatchObject({ code: 'timeout' });
    expect(recorder.list()).toMatchObject([
      { status: null, errorCode: 'timeout', durationMs: expect.any(Number) },
    ]);
  });
});
