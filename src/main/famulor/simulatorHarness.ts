import { expect } from 'vitest';
import type { Assistant } from '../../shared/domain/famulor';
import { AppFailure, type AppError } from '../../shared/result';
import type { RunningSimulator } from '../simulator/index';
import {
  createFamulorClient,
  DEFAULT_CONNECTION,
  type FamulorClient,
  type FamulorClientOptions,
} from './client';
import { ExchangeRecorder } from './recorder';
import { rejectionOf } from './testSupport';

/** Shared by the client-against-simulator tests: a clock both sides agree on and a client wired to it. */

export const NO_RETRY = { maxRetries: 0, baseDelayMs: 1, maxDelayMs: 1, maxRetryAfterMs: 0 };
export const UNKNOWN_UUID = '00000000-0000-4000-8000-000000000000';

export type KnownAssistant = Assistant & { id: number; uuid: string };

const clock = { ms: Date.parse('2026-06-15T12:30:00Z') };
export const simulatorNow = () => new Date(clock.ms);
export const advanceSimulatorClock = (ms: number) => {
  clock.ms += ms;
};
/** Each test starts in a fresh rate-limit window. */
export const nextMinute = () => advanceSimulatorClock(61_000);

export const clientFor = (simulator: RunningSimulator, overrides: Partial<FamulorClientOptions> = {}) => {
  const recorder = new ExchangeRecorder();
  const client = createFamulorClient({
    connection: { baseUrl: simulator.baseUrl, generateReplyPath: DEFAULT_CONNECTION.generateReplyPath },
    getApiKey: async () => simulator.apiKey,
    // As the Offline demo profile is wired: the simulated account's Automate key for takeover.
    getAutomateKey: async () => simulator.automateKey,
    pacer: null,
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
