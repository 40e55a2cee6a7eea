import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ACCOUNT_WINDOWS, GENERATE_REPLY_PER_MINUTE, WHATSAPP_SENDS_PER_SECOND } from '../../shared/limits';
import { createAccountLimiter } from './accountLimit';
import { createAssistantRegistry, loadPackFiles } from './assistants';
import type { DemoPackFile } from './packSchema';
import { createBilling } from './billing';
import { createConversationStore } from './conversations';
import { FAULT_KINDS } from './faults';
import { createRateLimiter } from './rateLimit';
import { findResourcesDir } from './resources';
import { seedConversations } from './seed';
import { loadSeedFile } from './seedData';
import { createSimulatorServer } from './server';
import type { SimulatorState } from './state';
import { createWhatsAppDesk } from './whatsapp/desk';
import { createDemoControls, type SimulatorDemoControls } from './demoControls';

export const DEMO_API_KEY = 'famulor-demo-key';
/** The simulated account's Automate API key, which the takeover routes take (see auth.ts). */
export const DEMO_AUTOMATE_KEY = 'famulor-demo-automate-key';

export interface SimulatorOptions {
  port?: number; // 0/undefined = random
  apiKey?: string; // default DEMO_API_KEY
  automateKey?: string; // default DEMO_AUTOMATE_KEY; the takeover routes' key
  takeoverAcceptsApiKey?: boolean; // the takeover routes also take the API key, as some accounts may (default false)
  latencyMs?: number; // injected latency per request
  failRate?: number; // 0..1 probability of an injected fault
  faults?: Array<'500' | 'drop' | 'slow'>; // which faults failRate draws from (default all three)
  random?: () => number; // injectable for deterministic tests
  accountRateLimit?: boolean; // enforce the account-wide 100/min, 20/10 s limit (default true)
  now?: () => Date; // injectable clock (rate limiter, timestamps, current_date/current_time)
  initialBalance?: number; // USD, default 25
  seedHistory?: boolean; // default true
  legacyGenerateReplyPath?: boolean; // also answer POST /ai/generate-reply, dropped by Famulor (default false)
  /** The demo packs to serve; default: the built-in ones in resources/packs. */
  packs?: DemoPackFile[];
}

export interface RunningSimulator {
  baseUrl: string /* http://127.0.0.1:PORT/api */;
  port: number;
  apiKey: string;
  automateKey: string;
  /** A customer writing on WhatsApp, time passing: for demos and tests, never over HTTP. */
  demo: SimulatorDemoControls;
  close(): Promise<void>;
}

const DEFAULT_BALANCE_USD = 25;
const RATE_WINDOW_MS = 60_000;

const checkOptions = (options: SimulatorOptions): void => {
  const failRate = options.failRate ?? 0;
  if (!(failRate >= 0 && failRate <= 1)) throw new RangeError('failRate must be between 0 and 1.');
  if (!((options.latencyMs ?? 0) >= 0)) throw new RangeError('latencyMs must not be negative.');
  if (!((options.initialBalance ?? 0) >= 0)) throw new RangeError('initialBalance must not be negative.');
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new RangeError('port must be 0–65535.');
  if (options.apiKey !== undefined && options.apiKey.trim() === '')
    throw new RangeError('apiKey must not be empty.');
  if (options.automateKey !== undefined && options.automateKey.trim() === '')
    throw new RangeError('automateKey must not be empty.');
  if ((options.automateKey ?? DEMO_AUTOMATE_KEY) === (options.apiKey ?? DEMO_API_KEY))
    throw new RangeError('automateKey must differ from apiKey: Famulor issues them as two keys.');
};

/** Starts the offline Famulor simulator on 127.0.0.1. Each call is an independent account with its own state. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  checkOptions(options);
  const clock = options.now ?? (() => new Date());
  // The demo controls move the clock forward; everything the simulator times reads it through `now`.
  let aheadMs = 0;
  const now = () => new Date(clock().getTime() + aheadMs);
  const apiKey = options.apiKey ?? DEMO_API_KEY;
  const automateKey = options.automateKey ?? DEMO_AUTOMATE_KEY;
  const seedHistory = options.seedHistory ?? true;
  const resourcesDir = options.packs === undefined || seedHistory ? findResourcesDir() : null;
  const packs = options.packs ?? (await loadPackFiles(join(resourcesDir ?? '', 'packs')));

  const assistants = createAssistantRegistry(packs);
  const conversations = createConversationStore();
  const seed =
    seedHistory && resourcesDir !== null
      ? await loadSeedFile(join(resourcesDir, 'seed', 'conversations.json'))
      : null;
  if (seed) seedConversations(seed, assistants, conversations, now());
  const state: SimulatorState = {
    assistants,
    conversations,
    billing: createBilling(options.initialBalance ?? DEFAULT_BALANCE_USD),
    endpointLimiters: {
      generate_reply: createRateLimiter({ limit: GENERATE_REPLY_PER_MINUTE, windowMs: RATE_WINDOW_MS, now }),
      whatsapp_send: createRateLimiter({ limit: WHATSAPP_SENDS_PER_SECOND, windowMs: 1000, now }),
    },
    // Without the seed the account has no WhatsApp senders, as a new Famulor account has none.
    whatsapp: createWhatsAppDesk(seed?.whatsapp_senders ?? {}, conversations),
    accountLimiter:
      (options.accountRateLimit ?? true) ? createAccountLimiter({ windows: ACCOUNT_WINDOWS, now }) : null,
    now,
    newId: randomUUID,
  };
  const server = createSimulatorServer({
    state,
    apiKey,
    automateKey,
    takeoverAcceptsApiKey: options.takeoverAcceptsApiKey ?? false,
    latencyMs: options.latencyMs ?? 0,
    legacyGenerateReplyPath: options.legacyGenerateReplyPath ?? false,
    faults: {
      failRate: options.failRate ?? 0,
      faults: options.faults ?? FAULT_KINDS,
      random: options.random ?? Math.random,
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/api`,
    port,
    apiKey,
    automateKey,
    demo: createDemoControls(state, (ms) => {
      aheadMs += ms;
    }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive sockets would otherwise hold close() open until they time out.
        server.closeAllConnections();
      }),
  };
}
