import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../simulator/index';
import { accountPacer } from './pacer';
import { clientFor, nextMinute, simulatedSleep, simulatorNow } from '../testing/clientOnSimulatorTestKit';
import { GENERATED_REPLY, jsonResponse, scriptedFetch, testClient } from '../testing/famulorClientTestKit';

/** The account-wide limit (100 a minute, 20 per 10 s) from both sides: the simulator refuses, the client paces. */

const elapsedOf = async (work: () => Promise<unknown>) => {
  const startMs = simulatorNow().getTime();
  await work();
  return simulatorNow().getTime() - startMs;
};

/** A clock whose sleeps pass at once: a pacer's waits show up as time, not as a slow test. */
const steppedClock = (startMs = 0) => {
  let nowMs = startMs;
  return {
    now: () => nowMs,
    sleep: async (ms: number) => {
      nowMs += ms;
    },
  };
};

describe('account pacer', () => {
  it('sends 20 at once, then one per freed place: the 21st waits out the 10 s burst window', async () => {
    const clock = steppedClock();
    const queue: [number, number][] = [];
    const pacer = accountPacer({
      ...clock,
      onQueue: (queued, nextInMs) => queue.push([queued, nextInMs]),
    });
    for (let call = 0; call < 20; call += 1) await pacer.acquire();
    expect(clock.now()).toBe(0);
    const waits: number[] = [];
    await pacer.acquire(undefined, (ms) => waits.push(ms));
    expect(waits).toEqual([10_000]);
    expect(clock.now()).toBe(10_000);
    expect(queue).toEqual([
      [1, 10_000],
      [0, 0],
    ]);
  });

  it('keeps to 100 a minute even when every burst window has room', async () => {
    const clock = steppedClock();
    const pacer = accountPacer(clock);
    const sendTimes: number[] = [];
    for (let call = 0; call < 101; call += 1) {
      await pacer.acquire();
      sendTimes.push(clock.now());
    }
    // Five bursts of 20, 10 s apart; the 101st waits for the minute since the first call.
    expect(sendTimes.slice(0, 100).filter((time) => time === 40_000)).toHaveLength(20);
    expect(sendTimes[100]).toBe(60_000);
  });
});

describe('following the X-RateLimit headers', () => {
  const ACCOUNT = { name: 'Ada', email: 'ada@example.com', total_balance: 1 };
  const START_MS = 1_800_000_000_000;
  /** X-RateLimit-Reset, in epoch seconds, ms after the test's start. */
  const resetAfter = (ms: number) => String((START_MS + ms) / 1000);
  const simulatedClient = (responses: Response[]) => {
    const clock = steppedClock(START_MS);
    const { fetch } = scriptedFetch(...responses);
    const { client } = testClient({ fetch, ...clock, accountPacer: accountPacer(clock) });
    return { client };
  };

  it('sends nothing more before X-RateLimit-Reset once an answer says none remain', async () => {
    const headers = { 'X-RateLimit-Limit': '100', 'X-RateLimit-Remaining': '0' };
    const scripted = simulatedClient([
      jsonResponse(200, ACCOUNT, { ...headers, 'X-RateLimit-Reset': resetAfter(7_000) }),
      jsonResponse(200, ACCOUNT),
    ]);
    await scripted.client.getAccount();
    const waits: number[] = [];
    await scripted.client.getAccount({ onPacerWait: (ms) => waits.push(ms) });
    expect(waits).toEqual([7_000]);
  });

  it('leaves the account alone when generate-reply says its own 5 a minute are used up', async () => {
    const scripted = simulatedClient([
      jsonResponse(200, GENERATED_REPLY, {
        'X-RateLimit-Limit': '5',
        'X-RateLimit-Remaining': '0',
        'X-RateLimit-Reset': resetAfter(50_000),
      }),
      jsonResponse(200, ACCOUNT),
    ]);
    await scripted.client.generateReply({ assistantId: 7, customerIdentifier: 'crm-1', message: 'hi' });
    const waits: number[] = [];
    await scripted.client.getAccount({ onPacerWait: (ms) => waits.push(ms) });
    expect(waits).toEqual([]);
  });
});

describe('the client against the simulator with the account limit', () => {
  let simulator: RunningSimulator;
  beforeAll(async () => {
    simulator = await startSimulator({ now: simulatorNow, seedHistory: false });
  });
  afterAll(() => simulator.close());
  beforeEach(nextMinute);

  it('answers 25 parallel calls without one 429, spreading them over the burst windows', async () => {
    const { client, recorder } = clientFor(simulator);
    const elapsedMs = await elapsedOf(() =>
      Promise.all(Array.from({ length: 25 }, () => client.getAccount())),
    );
    expect(recorder.list().map((exchange) => exchange.status)).toEqual(Array(25).fill(200));
    expect(elapsedMs).toBeGreaterThanOrEqual(10_000);
  });

  it('meets the 429 without a pacer: the simulator enforces what the client paces', async () => {
    const { client, recorder } = clientFor(simulator, { accountPacer: null });
    const outcomes = await Promise.allSettled(Array.from({ length: 25 }, () => client.getAccount()));
    expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toHaveLength(5);
    expect(recorder.list().filter((exchange) => exchange.status === 429)).toHaveLength(5);
  });

  it('lets a 429 from elsewhere hold the calls behind it, not only the one that met it', async () => {
    // Another client of the account (no pacer) uses up the burst; ours then meets one 429 and holds the rest.
    const { client: other } = clientFor(simulator, { accountPacer: null });
    await Promise.all(Array.from({ length: 20 }, () => other.getAccount()));
    const { client, recorder } = clientFor(simulator, {
      sleep: simulatedSleep,
      retry: { maxRetries: 1, baseDelayMs: 1, maxDelayMs: 1, maxRetryAfterMs: 60_000 },
    });
    // The calls behind start the moment the first has met its 429, before any time passes.
    let behind: Promise<unknown> = Promise.resolve();
    await client.getAccount({
      onRetryWait: () => {
        behind = Promise.all(Array.from({ length: 3 }, () => client.getAccount()));
      },
    });
    await behind;
    expect(recorder.list().filter((exchange) => exchange.status === 429)).toHaveLength(1);
  });
});
