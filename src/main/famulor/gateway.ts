import { breaksConnection } from '../../shared/domain/connectionHealth';
import type { Profile } from '../../shared/domain/profile';
import type { AppError } from '../../shared/result';
import { createFamulorClient, type FamulorClient } from './client';
import { ExchangeRecorder } from './recorder';
import type { SimulatorDemoControls } from '../simulator/demoControls';

export interface RunningApi {
  baseUrl: string;
  apiKey: string;
  /** The simulated account's Automate key: the Offline demo's takeover uses it, as a profile with one would. */
  automateKey: string;
  /** The simulated world's controls (a customer writing, time passing), for the Offline demo. */
  demo: SimulatorDemoControls;
  close(): Promise<void>;
}

export interface FamulorGatewayDeps {
  activeProfile: () => Promise<Profile>;
  profileById: (id: string) => Promise<Profile>;
  /** The key of a remote profile, read from the secret store for every request. */
  getApiKey: (profileId: string) => Promise<string | null>;
  /** Its optional Automate key (takeover), likewise read for every request. */
  getAutomateKey: (profileId: string) => Promise<string | null>;
  /** Starts the built-in simulator that the "Offline demo" profile talks to. */
  startSimulator: () => Promise<RunningApi>;
  /** Told when a profile's calls queue behind its account's limit. */
  onAccountQueue?: (profileId: string, queued: number, nextInMs: number) => void;
  /**
   * Told after each Famulor call of a profile whether its connection works: null when Famulor answered (even
   * with a refusal of that one request), else the failure that says it does not (see `breaksConnection`).
   */
  onConnection?: (profileId: string, error: AppError | null) => void;
  fetch?: typeof fetch;
}

export interface FamulorGateway {
  /** The client for the active profile (the one every Famulor channel uses). */
  active(): Promise<FamulorClient>;
  forProfile(id: string): Promise<FamulorClient>;
  /** The built-in simulator's demo controls while the active profile is the Offline demo; null otherwise. */
  demoControls(): Promise<SimulatorDemoControls | null>;
  /** The built-in simulator's demo controls if it has been started (on any profile); null otherwise. */
  runningSimulator(): Promise<SimulatorDemoControls> | null;
  recorder: ExchangeRecorder;
  close(): Promise<void>;
}

/**
 * Turns a connection profile into a Famulor client. Clients are kept per profile (their pacers — generate-reply's
 * and the account's — must outlive a single request) and made anew when the profile's base URL or path changes. The simulator is
 * started on first use, so a start-up on a remote profile never pays for it.
 */
export const createFamulorGateway = (deps: FamulorGatewayDeps): FamulorGateway => {
  const recorder = new ExchangeRecorder();
  const clients = new Map<string, { fingerprint: string; client: FamulorClient }>();
  let simulator: Promise<RunningApi> | null = null;

  const simulatorApi = () => {
    simulator ??= deps.startSimulator().catch((error: unknown) => {
      simulator = null;
      throw error;
    });
    return simulator;
  };

  const clientFor = async (profile: Profile): Promise<FamulorClient> => {
    const sim = profile.kind === 'simulator' ? await simulatorApi() : null;
    const baseUrl = sim ? sim.baseUrl : profile.baseUrl;
    const fingerprint = `${baseUrl} ${profile.generateReplyPath}`;
    const cached = clients.get(profile.id);
    if (cached?.fingerprint === fingerprint) return cached.client;
    const client = createFamulorClient({
      connection: { baseUrl, generateReplyPath: profile.generateReplyPath },
      getApiKey: sim ? async () => sim.apiKey : () => deps.getApiKey(profile.id),
      getAutomateKey: sim ? async () => sim.automateKey : () => deps.getAutomateKey(profile.id),
      recorder,
      ...(deps.onAccountQueue
        ? {
            onAccountQueue: (queued: number, nextInMs: number) =>
              deps.onAccountQueue?.(profile.id, queued, nextInMs),
          }
        : {}),
      ...(deps.onConnection
        ? {
            onOutcome: (error: AppError | null) => {
              if (error === null || !breaksConnection(error)) deps.onConnection?.(profile.id, null);
              else deps.onConnection?.(profile.id, error);
            },
          }
        : {}),
      ...(deps.fetch ? { fetch: deps.fetch } : {}),
    });
    clients.set(profile.id, { fingerprint, client });
    return client;
  };

  return {
    active: async () => clientFor(await deps.activeProfile()),
    forProfile: async (id) => clientFor(await deps.profileById(id)),
    demoControls: async () =>
      (await deps.activeProfile()).kind === 'simulator' ? (await simulatorApi()).demo : null,
    runningSimulator: () => simulator?.then((running) => running.demo) ?? null,
    recorder,
    async close() {
      const running = simulator;
      simulator = null;
      clients.clear();
      if (running) await (await running).close();
    },
  };
};
