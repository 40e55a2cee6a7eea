import { startSimulator } from '../../simulator/index';
import {
  createFamulorClient,
  DEFAULT_CONNECTION,
  type FamulorClient,
  type FamulorClientOptions,
} from '../../famulor/client';
import type { ConnectionSettings } from '../../famulor/requestUrls';
import { accountPacer } from '../../famulor/pacer';
import { ExchangeRecorder } from '../../famulor/recorder';
import { createSimulatedClock } from '../clientOnSimulatorTestKit';

/** Where the contract tests run: the same tests, against the offline simulator or the real Famulor API. */
export interface ContractTarget {
  client: FamulorClient;
  recorder: ExchangeRecorder;
  /** The same connection with a key Famulor does not know (and no Automate key). */
  wrongKeyClient: FamulorClient;
  /** The right API key with an Automate key Famulor does not know. */
  wrongAutomateKeyClient: FamulorClient;
  apiKey: string;
  /** The account's Automate key, which `client` sends for takeover; null where none was given (live). */
  automateKey: string | null;
  /** An assistant id to use, or null to take the first assistant of the account. */
  assistantId: number | null;
  /**
   * The data is the simulator's seed: several assistants and threads of every type with their channel fields.
   * A live account may have neither, so those checks only run where the data is known to exist.
   */
  seeded: boolean;
  /**
   * The assistant write tests may create an assistant and delete it again: always on the simulator, on a live
   * account only when asked for (a failed run could leave the copy behind).
   */
  assistantWrites: boolean;
  /** Unique per run, so customer identifiers on a live account never continue an older run's threads. */
  runId: string;
  close(): Promise<void>;
}

export const LIVE_ENV = {
  apiKey: 'FAMULOR_CONTRACT_API_KEY',
  automateKey: 'FAMULOR_CONTRACT_AUTOMATE_KEY',
  baseUrl: 'FAMULOR_CONTRACT_BASE_URL',
  generateReplyPath: 'FAMULOR_CONTRACT_GENERATE_REPLY_PATH',
  assistantId: 'FAMULOR_CONTRACT_ASSISTANT_ID',
  assistantWrites: 'FAMULOR_CONTRACT_ASSISTANT_WRITES',
} as const;

export const WRONG_KEY = 'contract-test-wrong-key';
export const WRONG_AUTOMATE_KEY = 'contract-test-wrong-automate-key';

export interface LiveSettings {
  connection: ConnectionSettings;
  apiKey: string;
  /** Optional: without it, takeover is tested with the API key, as the app sends it then. */
  automateKey: string | null;
  assistantId: number | null;
  /** `FAMULOR_CONTRACT_ASSISTANT_WRITES=1`: create a copy of the assistant and delete it again. */
  assistantWrites: boolean;
}

export type LiveDecision = { run: true; settings: LiveSettings } | { run: false; reason: string };

/**
 * Reads the live run's settings. Without a key the live tests are skipped (the reason is printed); a key with a
 * malformed setting is an error, so a typo never turns a requested live run into a silent skip.
 */
export const liveSettingsFromEnv = (env: Record<string, string | undefined>): LiveDecision => {
  const apiKey = env[LIVE_ENV.apiKey]?.trim();
  if (!apiKey) {
    return {
      run: false,
      reason: `${LIVE_ENV.apiKey} is not set (a live run starts two free test conversations and makes 8 generate-reply calls, at most $0.08)`,
    };
  }
  const rawAssistantId = env[LIVE_ENV.assistantId]?.trim();
  if (rawAssistantId && !/^\d+$/.test(rawAssistantId)) {
    throw new Error(`${LIVE_ENV.assistantId} must be an assistant's integer id.`);
  }
  const writes = env[LIVE_ENV.assistantWrites]?.trim() ?? '';
  if (!['', '0', '1'].includes(writes)) throw new Error(`${LIVE_ENV.assistantWrites} must be 1 or 0.`);
  return {
    run: true,
    settings: {
      apiKey,
      automateKey: env[LIVE_ENV.automateKey]?.trim() || null,
      connection: {
        baseUrl: env[LIVE_ENV.baseUrl]?.trim() || DEFAULT_CONNECTION.baseUrl,
        generateReplyPath: env[LIVE_ENV.generateReplyPath]?.trim() || DEFAULT_CONNECTION.generateReplyPath,
      },
      assistantId: rawAssistantId ? Number(rawAssistantId) : null,
      assistantWrites: writes === '1',
    },
  };
};

const runId = (): string => `contract-${Date.now().toString(36)}`;

const clientPair = (
  connection: ConnectionSettings,
  keys: { apiKey: string; automateKey: string | null },
  extra: Partial<FamulorClientOptions> = {},
) => {
  const recorder = new ExchangeRecorder();
  const getApiKey = async () => keys.apiKey;
  const client = createFamulorClient({
    connection,
    getApiKey,
    getAutomateKey: async () => keys.automateKey,
    recorder,
    ...extra,
  });
  const wrongKeyClient = createFamulorClient({ connection, getApiKey: async () => WRONG_KEY, ...extra });
  const wrongAutomateKeyClient = createFamulorClient({
    connection,
    getApiKey,
    getAutomateKey: async () => WRONG_AUTOMATE_KEY,
    ...extra,
  });
  return { client, recorder, wrongKeyClient, wrongAutomateKeyClient, ...keys };
};

/** The real API: real time, the default pacers (the suite then waits out Famulor's limits); one account pacer. */
export const connectLive = async (settings: LiveSettings): Promise<ContractTarget> => ({
  ...clientPair(settings.connection, settings, { accountPacer: accountPacer() }),
  assistantId: settings.assistantId,
  seeded: false,
  assistantWrites: settings.assistantWrites,
  runId: runId(),
  close: async () => undefined,
});

/**
 * A fresh simulator whose clock is shared with the client's pacer: when the pacer waits out the rate limit, the
 * simulated minute passes at once, so the suite keeps the limit without taking a minute.
 */
export const connectSimulator = async (): Promise<ContractTarget> => {
  const clock = createSimulatedClock(Date.now());
  const simulator = await startSimulator({ now: clock.now });
  const paced = { now: clock.nowMs, sleep: clock.sleep };
  const connection = { ...DEFAULT_CONNECTION, baseUrl: simulator.baseUrl };
  return {
    ...clientPair(connection, simulator, {
      fetch: clock.fetch,
      // The client's own pacers (generate-reply's, WhatsApp sends') run on the simulated clock too.
      ...paced,
      accountPacer: accountPacer(paced),
    }),
    assistantId: null,
    seeded: true,
    assistantWrites: true,
    runId: runId(),
    close: () => simulator.close(),
  };
};
