import type { StoreProblem } from '../shared/domain/storeProblem';
import type { AppInfo } from '../shared/ipc/channels/app';
import { createFamulorGateway, type FamulorGateway } from './famulor/gateway';
import { createHistoryHolds, type HistoryHolds } from './famulor/historyHolds';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { createAssistantLab, type AssistantLab } from './assistantLab/lab';
import { createLabStore } from './assistantLab/labStore';
import { DeepLinkInbox } from './deepLinkInbox';
import { EventBus } from './events';
import { InFlightRequests } from './ipc/inFlight';
import { createStartupPerf, type StartupPerf } from './perf/startupPerf';
import { createPreferencesStore, type PreferencesStore } from './preferences/preferencesStore';
import { createProfileStore, type ProfileStore } from './profiles/profileStore';
import type { LoadKeychain } from './secrets/keychain';
import type { SafeStorageLike } from './secrets/safeStorageVault';
import { createSecretStore, type SecretStore } from './secrets/secretStore';
import { createSessionStore } from './sessions/sessionStore';
import type { SessionStore } from './sessions/sessionStoreApi';
import { startSimulator } from './simulator';
import { loadPackFiles } from './simulator/assistants';
import type { DemoPackFile } from './simulator/packSchema';
import { findResourcesDir } from './simulator/resources';
import { createDemoPackLibrary, type DemoPackLibrary } from './demoPacks/packLibrary';
import { createProblemLedger, type ProblemLedger } from './storeProblems/problemLedger';
import { createSuiteLibrary, type SuiteLibrary } from './testSuites/suiteLibrary';
import { openJsonFile } from './storage/jsonFile';

export interface MainServices {
  info: AppInfo;
  inFlight: InFlightRequests;
  events: EventBus;
  deepLinks: DeepLinkInbox;
  profiles: ProfileStore;
  secrets: SecretStore;
  sessions: SessionStore;
  preferences: PreferencesStore;
  famulor: FamulorGateway;
  /** The Tests view's suite files and their kept runs. */
  suites: SuiteLibrary;
  /** The prompt lab: assistants' versions, scratch copies, pushes. */
  lab: AssistantLab;
  /** The Offline demo's packs, which the built-in simulator serves. */
  packs: DemoPackLibrary;
  /** The earlier entries of opened threads, until their readers ask (conversation:earlier). */
  historyHolds: HistoryHolds;
  /** Start-up marks (`--perf`); records nothing unless asked for. */
  perf: StartupPerf;
  /** What was wrong with the settings file at start-up (the session store reports its own). */
  startupProblems(): StoreProblem[];
  /** Every report of a reset or quarantined file, kept until dismissed. */
  problemLedger: ProblemLedger;
  /** Stops servers and flushes pending writes; called on quit. */
  close(): Promise<void>;
}

export interface MainServicesOptions {
  info: AppInfo;
  /** Electron's safeStorage in the desktop shell; absent in the browser mode. */
  safeStorage?: SafeStorageLike;
  /** keytar unless given: tests pass a keychain that is missing or never answers. */
  loadKeychain?: LoadKeychain;
  /** The shell's start-up marks, to which the renderer adds its own. */
  perf?: StartupPerf;
}

/** Who saved a version: the operating system's user (some systems have none to name). */
const osUserName = () => {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
};

/** When the sessions' texts are read for search after start. */
const SEARCH_PREPARE_DELAY_MS = 2000;

export const createMainServices = async ({
  info,
  safeStorage,
  loadKeychain,
  perf,
}: MainServicesOptions): Promise<MainServices> => {
  const dir = info.userDataDir;
  const inFlight = new InFlightRequests();
  const events = new EventBus();
  // The profile store reads the settings file first: if it is unreadable it is moved aside once, and the
  // preferences store then starts from its defaults instead of reporting the same file twice.
  const profiles = createProfileStore({ dir });
  const preferences = createPreferencesStore({ dir });
  const secrets = createSecretStore({
    dir,
    ...(safeStorage ? { safeStorage } : {}),
    ...(loadKeychain ? { loadKeychain } : {}),
  });
  const sessions = createSessionStore({ dir });
  await sessions.load();
  // Search reads every session's text; after start-up, so that the first screen does not wait for it.
  setTimeout(() => void sessions.prepareSearch(), SEARCH_PREPARE_DELAY_MS).unref();
  const problemLedger = createProblemLedger({
    dir,
    createJsonFile: openJsonFile,
    now: () => new Date(),
    logger: console,
  });
  const startupProblems = () => [...profiles.problems(), ...preferences.problems()];
  const suites = createSuiteLibrary({
    dir,
    createJsonFile: openJsonFile,
    now: () => new Date(),
    onChange: (suiteId) => events.emit('tests:changed', { suiteId }),
    logger: console,
  });
  const labStore = createLabStore({
    dir,
    createJsonFile: openJsonFile,
    now: () => new Date(),
    author: osUserName,
  });
  // The running simulator, once there is one, is told of every change to the packs.
  let servePacks: (packs: DemoPackFile[]) => void = () => undefined;
  const packs = createDemoPackLibrary({
    dir,
    createJsonFile: openJsonFile,
    now: () => new Date(),
    builtIn: () => loadPackFiles(join(findResourcesDir(), 'packs')),
    onChange: (served) => servePacks(served),
  });
  problemLedger.record([
    ...startupProblems(),
    ...sessions.problems(),
    ...suites.problems(),
    ...labStore.problems(),
    ...packs.problems(),
  ]);
  const famulor = createFamulorGateway({
    activeProfile: async () => profiles.active(),
    profileById: async (id) => profiles.get(id),
    getApiKey: (profileId) => secrets.get(profileId),
    getAutomateKey: (profileId) => secrets.get(profileId, 'automate'),
    startSimulator: async () => startSimulator({ packs: await packs.served() }),
    onAccountQueue: (profileId, queued, nextInMs) =>
      events.emit('pacer:account', { profileId, queued, nextInMs }),
    onConnection: (profileId, error) => events.emit('connection:observed', { profileId, error }),
  });
  servePacks = (served) => void famulor.runningSimulator()?.then((demo) => demo.setPacks(served));
  const lab = createAssistantLab({
    store: labStore,
    client: () => famulor.active(),
    profileId: () => profiles.active().id,
    profileIds: () => profiles.list().map((profile) => profile.id),
    now: () => new Date(),
  });
  return {
    info,
    inFlight,
    events,
    deepLinks: new DeepLinkInbox(events),
    profiles,
    secrets,
    sessions,
    preferences,
    famulor,
    suites,
    lab,
    packs,
    historyHolds: createHistoryHolds(),
    perf: perf ?? createStartupPerf({ enabled: false }),
    startupProblems,
    problemLedger,
    async close() {
      suites.close();
      await Promise.allSettled([sessions.close(), famulor.close()]);
    },
  };
};
