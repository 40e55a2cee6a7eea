import type { StateCreator } from 'zustand';
import type { Account } from '../../shared/domain/famulor';
import type { KeyKind } from '../../shared/domain/keyKind';
import type { Profile, ProfileInput, ProfilePatch } from '../../shared/domain/profile';
import type { SecretAvailability, SecretBackend, SecretStatus } from '../../shared/domain/secret';
import type { ChannelOutput } from '../../shared/ipc/contract';
import type { AppError, Result } from '../../shared/result';
import { call } from '../lib/api';
import type { AppState } from './appStore';

/** The last "Test connection" of one profile (the active one is also checked on start and after a switch). */
export type ConnectionCheck =
  | { state: 'idle' }
  | { state: 'testing' }
  | { state: 'cancelled' }
  | { state: 'connected'; account: Account }
  | { state: 'failed'; error: AppError };

export interface ProfilesState {
  list: Profile[];
  activeId: string | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: AppError | null;
  /** What main says about each remote profile's key: never the key itself. */
  keys: Record<string, SecretStatus>;
  /** The same for each remote profile's optional Automate key (takeover). */
  automateKeys: Record<string, SecretStatus>;
  availability: SecretAvailability | null;
  connections: Record<string, ConnectionCheck>;
}

export interface ProfilesSlice {
  profiles: ProfilesState;
  /** Loads the profiles and their key statuses, then checks the active profile's connection. */
  loadProfiles(): Promise<void>;
  refreshKeyAvailability(): Promise<void>;
  createProfile(input: ProfileInput): Promise<Result<Profile>>;
  /** Main removes the key when the profile moves to another host; the answer says whether it did. */
  updateProfile(id: string, patch: ProfilePatch): Promise<Result<ChannelOutput<'profiles:update'>>>;
  deleteProfile(id: string): Promise<AppError | null>;
  /** Makes every Famulor request use this profile and reloads what came from the previous one. */
  activateProfile(id: string): Promise<AppError | null>;
  /** The key goes straight to main; the slice keeps only the status main answers with. */
  saveKey(profileId: string, key: string, backend?: SecretBackend, kind?: KeyKind): Promise<AppError | null>;
  removeKey(profileId: string, kind?: KeyKind): Promise<AppError | null>;
  testConnection(profileId: string): Promise<void>;
  cancelConnectionTest(profileId: string): void;
  /**
   * What a real Famulor call of the profile showed (main's `connection:observed`): a failure that breaks the
   * connection turns it red at once; an answer after a failure rechecks it, so it turns green with the account.
   */
  observeConnection(profileId: string, error: AppError | null): void;
  /** The light periodic check: like testConnection, but the status bar keeps its state while it runs. */
  recheckConnection(profileId: string): Promise<void>;
}

const NO_KEY: SecretStatus = { hasKey: false, lastFour: null, backend: null };

/** Before the first load (and what tests reset to). */
export const NO_PROFILES_YET: ProfilesState = {
  list: [],
  activeId: null,
  status: 'idle',
  error: null,
  keys: {},
  automateKeys: {},
  availability: null,
  connections: {},
};

const without = <T>(record: Record<string, T>, key: string): Record<string, T> =>
  Object.fromEntries(Object.entries(record).filter(([candidate]) => candidate !== key));

export const createProfilesSlice: StateCreator<AppState, [], [], ProfilesSlice> = (set, get) => {
  const tests = new Map<string, AbortController>();
  const patch = (change: Partial<ProfilesState>) =>
    set((state) => ({ profiles: { ...state.profiles, ...change } }));
  const setKey = (profileId: string, status: SecretStatus, kind: KeyKind = 'api') =>
    set((state) => {
      const field = kind === 'api' ? 'keys' : 'automateKeys';
      return {
        profiles: { ...state.profiles, [field]: { ...state.profiles[field], [profileId]: status } },
      };
    });
  const setConnection = (profileId: string, check: ConnectionCheck) =>
    set((state) => ({
      profiles: { ...state.profiles, connections: { ...state.profiles.connections, [profileId]: check } },
    }));
  const applyListing = (listing: { profiles: Profile[]; activeId: string }) =>
    patch({ list: listing.profiles, activeId: listing.activeId, status: 'ready', error: null });

  const loadKeyStatuses = async (profiles: Profile[]) => {
    const remote = profiles.filter((profile) => profile.kind === 'remote');
    const kinds: KeyKind[] = ['api', 'automate'];
    const answers = await Promise.all(
      remote.flatMap((profile) =>
        kinds.map(
          async (kind) =>
            [profile.id, kind, await call('secret:status', { profileId: profile.id, kind })] as const,
        ),
      ),
    );
    for (const [profileId, kind, answer] of answers)
      setKey(profileId, answer.ok ? answer.data : NO_KEY, kind);
  };

  /** Forgets a running test without a verdict: what it was testing has changed. */
  const forgetTest = (profileId: string) => {
    tests.get(profileId)?.abort();
    tests.delete(profileId);
  };

  /** A check of the profile's connection; `quiet` keeps what the status bar shows until the verdict. */
  const runTest = async (profileId: string, quiet: boolean) => {
    forgetTest(profileId);
    const controller = new AbortController();
    tests.set(profileId, controller);
    if (!quiet) setConnection(profileId, { state: 'testing' });
    const result = await call('profiles:test', { id: profileId }, { signal: controller.signal });
    if (tests.get(profileId) !== controller) return;
    tests.delete(profileId);
    if (result.ok) setConnection(profileId, { state: 'connected', account: result.data });
    else setConnection(profileId, { state: 'failed', error: result.error });
  };

  /** Assistants and threads came from the previous profile's account. */
  const reloadProfileData = async () => {
    const state = get();
    state.closeThread();
    const threadsShown = state.threadList.status !== 'idle';
    await Promise.all([state.loadAssistants(true), threadsShown ? state.loadThreadPage(null, 1) : null]);
  };

  /** The status bar shows whether the active remote profile works, so it is checked whenever it may have changed. */
  const checkActive = async () => {
    const { activeId, list, keys } = get().profiles;
    const active = list.find((profile) => profile.id === activeId);
    if (active?.kind === 'remote' && keys[active.id]?.hasKey) await get().testConnection(active.id);
  };

  /** The profile in use now answers differently (another profile, address or key): reload and recheck. */
  const activeProfileChanged = async () => {
    await Promise.all([reloadProfileData(), checkActive()]);
  };

  return {
    profiles: NO_PROFILES_YET,
    async loadProfiles() {
      patch({ status: 'loading' });
      const result = await call('profiles:list', {});
      if (!result.ok) {
        patch({ status: 'error', error: result.error });
        return;
      }
      applyListing(result.data);
      await loadKeyStatuses(result.data.profiles);
      await checkActive();
    },
    async refreshKeyAvailability() {
      const result = await call('secret:availability', {});
      if (result.ok) patch({ availability: result.data });
    },
    async createProfile(input) {
      const result = await call('profiles:create', input);
      if (result.ok) {
        patch({ list: [...get().profiles.list, result.data] });
        setKey(result.data.id, NO_KEY);
        setKey(result.data.id, NO_KEY, 'automate');
      }
      return result;
    },
    async updateProfile(id, changes) {
      const result = await call('profiles:update', { id, patch: changes });
      if (result.ok) {
        const { profile: updated, keyRemoved, automateKeyRemoved } = result.data;
        patch({ list: get().profiles.list.map((profile) => (profile.id === id ? updated : profile)) });
        if (keyRemoved) setKey(id, NO_KEY);
        if (automateKeyRemoved) setKey(id, NO_KEY, 'automate');
        // The old answer was about the old address.
        forgetTest(id);
        setConnection(id, { state: 'idle' });
        if (id === get().profiles.activeId) await activeProfileChanged();
      }
      return result;
    },
    async deleteProfile(id) {
      const wasActive = get().profiles.activeId === id;
      const result = await call('profiles:delete', { id });
      if (!result.ok) return result.error;
      forgetTest(id);
      set((state) => ({
        profiles: {
          ...state.profiles,
          keys: without(state.profiles.keys, id),
          automateKeys: without(state.profiles.automateKeys, id),
          connections: without(state.profiles.connections, id),
        },
      }));
      applyListing(result.data);
      if (wasActive) await activeProfileChanged();
      return null;
    },
    async activateProfile(id) {
      const result = await call('profiles:activate', { id });
      if (!result.ok) return result.error;
      applyListing(result.data);
      await activeProfileChanged();
      return null;
    },
    async saveKey(profileId, key, backend, kind = 'api') {
      const result = await call('secret:set', {
        profileId,
        key,
        ...(backend ? { backend } : {}),
        ...(kind === 'api' ? {} : { kind }),
      });
      if (!result.ok) return result.error;
      setKey(profileId, result.data, kind);
      // The Automate key serves takeover only: the connection and what was loaded stay as they are.
      if (kind !== 'api') return null;
      forgetTest(profileId);
      setConnection(profileId, { state: 'idle' });
      if (profileId === get().profiles.activeId) await activeProfileChanged();
      return null;
    },
    async removeKey(profileId, kind = 'api') {
      const result = await call('secret:remove', { profileId, ...(kind === 'api' ? {} : { kind }) });
      if (!result.ok) return result.error;
      setKey(profileId, result.data, kind);
      if (kind !== 'api') return null;
      forgetTest(profileId);
      setConnection(profileId, { state: 'idle' });
      return null;
    },
    async testConnection(profileId) {
      await runTest(profileId, false);
    },
    async recheckConnection(profileId) {
      if (!tests.has(profileId)) await runTest(profileId, true);
    },
    observeConnection(profileId, error) {
      if (tests.has(profileId)) return;
      const check = get().profiles.connections[profileId];
      if (error !== null) setConnection(profileId, { state: 'failed', error });
      else if (check?.state === 'failed') void runTest(profileId, true);
    },
    cancelConnectionTest(profileId) {
      if (!tests.has(profileId)) return;
      forgetTest(profileId);
      setConnection(profileId, { state: 'cancelled' });
    },
  };
};

const IDLE: ConnectionCheck = { state: 'idle' };

export const selectProfiles = (state: AppState) => state.profiles;
export const selectActiveProfile = (state: AppState) =>
  state.profiles.list.find((profile) => profile.id === state.profiles.activeId) ?? null;
export const selectKeyStatus =
  (profileId: string, kind: KeyKind = 'api') =>
  (state: AppState) =>
    (kind === 'api' ? state.profiles.keys : state.profiles.automateKeys)[profileId] ?? null;
export const selectConnection =
  (profileId: string) =>
  (state: AppState): ConnectionCheck =>
    state.profiles.connections[profileId] ?? IDLE;
export const selectKeyAvailability = (state: AppState) => state.profiles.availability;

export type ConnectionSummary =
  | { kind: 'simulator' | 'checking' | 'noKey' | 'unchecked' }
  | { kind: 'connected'; accountName: string }
  | { kind: 'failed'; error: AppError };

/** What the status bar says about a profile: its key status and last check, or "simulator". */
export const summarizeConnection = (
  profile: Profile,
  key: SecretStatus | null,
  check: ConnectionCheck,
): ConnectionSummary => {
  // The built-in simulator needs no key, but a call to it can still fail (its host went away).
  if (profile.kind === 'simulator')
    return check.state === 'failed' ? { kind: 'failed', error: check.error } : { kind: 'simulator' };
  if (!key || check.state === 'testing') return { kind: 'checking' };
  if (!key.hasKey) return { kind: 'noKey' };
  if (check.state === 'connected') return { kind: 'connected', accountName: check.account.name };
  if (check.state === 'failed') return { kind: 'failed', error: check.error };
  return { kind: 'unchecked' };
};
