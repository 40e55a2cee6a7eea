import { expect } from 'vitest';
import type { Assistant } from '../../shared/domain/famulor';
import { AppFailure, type AppError } from '../../shared/result';
import type { RunningSimulator } from '../simulator/index';
import {
  createFamulorClient,
  DEFAULT_CONNECTION,
  type FamulorClient,
  type FamulorClientOptions,
} from '../famulor/client';
import { accountPacer } from '../famulor/pacer';
import { ExchangeRecorder } from '../famulor/recorder';
import { rejectionOf } from './famulorClientTestKit';

/** Shared by the client-against-simulator tests: a clock both sides agree on and a client wired to it. */

export const NO_RETRY = { maxRetries: 0, baseDelayMs: 1, maxDelayMs: 1, maxRetryAfterMs: 0 };
export const UNKNOWN_UUID = '00000000-0000-4000-8000-000000000000';

export type KnownAssistant = Assistant & { id: number; uuid: string };

/**
 * Simulated time shared by a simulator and its clients: a wait passes at once, but only after the requests
 * already sent have been answered — in real time they arrive long before a wait of seconds is over, and a jump
 * would put them into the next rate-limit window. The clients send through `fetch` so that this is known.
 */
export const createSimulatedClock = (startMs: number) => {
  let nowMs = startMs;
  let requestsInFlight = 0;
  const whenNoneInFlight: (() => void)[] = [];
  const noneInFlight = () =>
    requestsInFlight === 0
      ? Promise.resolve()
      : new Promise<void>((resolve) => whenNoneInFlight.push(resolve));
  const trackedFetch: typeof fetch = async (input, init) => {
    requestsInFlight += 1;
    try {
      return await fetch(input, init);
    } finally {
      requestsInFlight -= 1;
      if (requestsInFlight === 0) for (const resolve of whenNoneInFlight.splice(0)) resolve();
    }
  };
  return {
    nowMs: () => nowMs,
    now: () => new Date(nowMs),
    advance: (ms: number) => {
      nowMs += ms;
    },
    sleep: async (ms: number) => {
      // The calls granted just before this wait reach fetch on a later turn of the event loop.
      await new Promise((resolve) => setImmediate(resolve));
      await noneInFlight();
      nowMs += ms;
    },
    fetch: trackedFetch,
  };
};

const clock = createSimulatedClock(Date.parse('2026-06-15T12:30:00Z'));
export const simulatorNow = clock.now;
export const advanceSimulatorClock = clock.advance;
export const simulatedSleep = clock.sleep;
/** Each test starts in a fresh rate-limit window. */
export const nextMinute = () => advanceSimulatorClock(61_000);

export const clientFor = (simulator: RunningSimulator, overrides: Partial<FamulorClientOptions> = {}) => {
  const recorder = new ExchangeRecorder();
  const client = createFamulorClient({
    connection: { baseUrl: simulator.baseUrl, generateReplyPath: DEFAULT_CONNECTION.generateReplyPath },
    getApiKey: async () => simulator.apiKey,
    fetch: clock.fetch,
    // As the Offline demo profile is wired: the simulated account's Automate key for takeover.
    getAutomateKey: async () => simulator.automateKey,
    pacer: null,
    // The account's pacer runs on the simulated clock: a test of many calls waits out the limit at once.
    accountPacer: accountPacer({ now: clock.nowMs, sleep: clock.sleep }),
    retry: NO_RETRY,
    recorder,
    ...overrides,
  });
  return { client, recorder };
};

export const errorOf = async (promise: Promise<unknown>): Promise<AppError> => {
  const thrown = await rejectionOf(promise);
  expect(thrown).toBeInstanceOf(AppFailure);
  return (thrown as AppFailure).error;
};

export const allAssistants = async (client: FamulorClient): Promise<Assistant[]> => {
  const first = await client.listAssistants({ page: 1, perPage: 1 });
  const pages = [first];
  for (let page = 2; page <= first.lastPage; page += 1)
    pages.push(await client.listAssistants({ page, perPage: 1 }));
  return pages.flatMap((page) => page.assistants);
};

export const firstAssistant = async (client: FamulorClient): Promise<KnownAssistant> => {
  const [first] = await allAssistants(client);
  if (!first || first.id === null || first.uuid === null) throw new Error('the simulator has no assistant');
  return { ...first, id: first.id, uuid: first.uuid };
};
