import { createFamulorGateway, type RunningApi } from '../famulor/gateway';
import { createFamulorClient, type FamulorClient, type FamulorClientOptions } from '../famulor/client';
import { DEFAULT_CONNECTION } from '../famulor/requestUrls';
import { createProfileStore } from '../profiles/profileStore';
import { createSecretStore } from '../secrets/secretStore';
import type { TestTarget } from './cliArgs';

export interface ConnectedTarget {
  client: FamulorClient;
  /** How the reports name it: the profile's name, or the base URL. */
  label: string;
  /** Keychain calls still unanswered when done (see endProcess). */
  overdueKeychainCalls(): number;
  close(): Promise<void>;
}

export type TargetOutcome = { ok: true; target: ConnectedTarget } | { ok: false; message: string };

export interface TargetDeps {
  env: NodeJS.ProcessEnv;
  userDataDir: string;
  startSimulator: () => Promise<RunningApi>;
  /** Tests run a base URL's client on a simulated clock, so that the account's limit costs no real time. */
  clientOptions?: Pick<FamulorClientOptions, 'now' | 'sleep' | 'fetch'>;
}

/**
 * The client a suite runs through: the same one the app uses (its account pacer keeps the run within Famulor's
 * limit), for a profile of the app — the Offline demo starts the simulator in this process — or for a base URL
 * with the key from the environment, as a CI job has it.
 */
export const connectTarget = async (target: TestTarget, deps: TargetDeps): Promise<TargetOutcome> => {
  if (target.kind === 'url') {
    const key = deps.env[target.keyEnv]?.trim();
    if (!key) return { ok: false, message: `The environment variable ${target.keyEnv} holds no API key.` };
    const client = createFamulorClient({
      connection: {
        baseUrl: target.baseUrl,
        generateReplyPath: target.generateReplyPath ?? DEFAULT_CONNECTION.generateReplyPath,
      },
      getApiKey: async () => key,
      ...deps.clientOptions,
    });
    return {
      ok: true,
      target: { client, label: target.baseUrl, overdueKeychainCalls: () => 0, close: async () => undefined },
    };
  }
  const profiles = createProfileStore({ dir: deps.userDataDir });
  const all = profiles.list();
  const profile =
    all.find((candidate) => candidate.name === target.name) ??
    all.find((candidate) => candidate.name.toLocaleLowerCase() === target.name.toLocaleLowerCase());
  if (!profile)
    return {
      ok: false,
      message: `No profile is named "${target.name}"; the profiles are: ${all.map((candidate) => `"${candidate.name}"`).join(', ')}.`,
    };
  const secrets = createSecretStore({ dir: deps.userDataDir });
  const gateway = createFamulorGateway({
    activeProfile: async () => profile,
    profileById: async () => profile,
    getApiKey: (profileId) => secrets.get(profileId),
    getAutomateKey: (profileId) => secrets.get(profileId, 'automate'),
    startSimulator: deps.startSimulator,
  });
  return {
    ok: true,
    target: {
      client: await gateway.forProfile(profile.id),
      label: profile.name,
      overdueKeychainCalls: () => secrets.overdueKeychainCalls(),
      close: () => gateway.close(),
    },
  };
};
