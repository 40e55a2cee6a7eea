import { KeyKindSchema, type KeyKind } from '../../shared/domain/keyKind';
import type {
  KeychainFix,
  SecretAvailability,
  SecretBackend,
  SecretStatus,
} from '../../shared/domain/secret';
import { AppFailure } from '../../shared/result';
import { openJsonFile } from '../storage/jsonFile';
import {
  DEFAULT_KEYCHAIN_TIMEOUT_MS,
  describeError,
  KEYCHAIN_SERVICE,
  keychainFixFor,
  KeychainNotInstalled,
  loadKeytar,
  withTimeLimit,
  type KeychainBackend,
  type LoadKeychain,
} from './keychain';
import { SafeStorageVault, safeStorageProblem, type SafeStorageLike } from './safeStorageVault';
import { lastFourOf, validateApiKey, withoutKey } from './validateApiKey';

/**
 * A profile's keys share one rule set (validation, backends, binding to the host); each kind is an entry of its
 * own. `kind` defaults to the API key everywhere, whose entries keep the profile id as their account.
 */
export interface SecretStore {
  status(profileId: string, kind?: KeyKind): Promise<SecretStatus>;
  /** The key itself: for main's HTTP client only, never for the renderer. */
  get(profileId: string, kind?: KeyKind): Promise<string | null>;
  /** Keeps the key in the keychain unless the person chose a fallback; any other copy is removed. */
  set(
    profileId: string,
    key: string,
    options?: { backend?: SecretBackend; kind?: KeyKind },
  ): Promise<SecretStatus>;
  remove(profileId: string, kind?: KeyKind): Promise<void>;
  /** Removes every key of the profile (it is being deleted). */
  removeAll(profileId: string): Promise<void>;
  /**
   * Keychain calls that ran past the time limit and have still not answered. keytar runs them on Node's worker
   * threads, which Node waits for when the process exits, so while this is above zero a normal exit would hang.
   */
  overdueKeychainCalls(): number;
  /** Probes the keychain once and remembers the answer; `refresh` probes again (after unlocking, say). */
  availability(options?: { refresh?: boolean }): Promise<SecretAvailability>;
}

export interface SecretStoreOptions {
  /** The user data folder, for the safeStorage ciphertext file. */
  dir: string;
  safeStorage?: SafeStorageLike;
  loadKeychain?: LoadKeychain;
  timeoutMs?: number;
  platform?: NodeJS.Platform;
  now?: () => Date;
}

const PROBE_ACCOUNT = 'famulor-playground-probe';

/**
 * The keychain account (and the fallbacks' entry name) of one key. The API key keeps the bare profile id, as
 * before there were two kinds; a profile id has no ":" (see ProfileIdSchema), so the Automate key's name
 * cannot be another profile's.
 */
export const secretAccount = (profileId: string, kind: KeyKind = 'api'): string =>
  kind === 'api' ? profileId : `${profileId}:${kind}`;
const NO_STATUS: SecretStatus = { hasKey: false, lastFour: null, backend: null };

type KeychainState =
  { ok: true; keychain: KeychainBackend } | { ok: false; reason: string; fix?: KeychainFix };

export const createSecretStore = (options: SecretStoreOptions): SecretStore => {
  const timeoutMs = options.timeoutMs ?? DEFAULT_KEYCHAIN_TIMEOUT_MS;
  const loadKeychain = options.loadKeychain ?? loadKeytar;
  const platform = options.platform ?? process.platform;
  const memory = new Map<string, string>();
  let keychainState: Promise<KeychainState> | null = null;
  let vault: SafeStorageVault | null = null;
  let overdue = 0;

  /** The time limit, counting every call that outlives it until it finally settles (maybe never). */
  const limited = <T>(call: Promise<T>): Promise<T> => {
    let timedOut = false;
    const settled = () => {
      if (timedOut) overdue -= 1;
    };
    call.then(settled, settled);
    return withTimeLimit(call, timeoutMs, () => {
      timedOut = true;
      overdue += 1;
    });
  };

  const probeKeychain = async (): Promise<KeychainState> => {
    try {
      const keychain = await limited(loadKeychain());
      await limited(keychain.getPassword(KEYCHAIN_SERVICE, PROBE_ACCOUNT));
      return { ok: true, keychain };
    } catch (error) {
      const reason = `The system keychain cannot be used: ${describeError(error)}`;
      return error instanceof KeychainNotInstalled
        ? { ok: false, reason, fix: keychainFixFor(platform) }
        : { ok: false, reason };
    }
  };
  const keychainNow = (refresh = false): Promise<KeychainState> => {
    // A probe that never answered still holds one of Node's few worker threads; another would hold one more.
    if (!keychainState || (refresh && overdue === 0)) keychainState = probeKeychain();
    return keychainState;
  };

  const usableVault = (): SafeStorageVault | null => {
    if (!options.safeStorage || safeStorageProblem(options.safeStorage, platform) !== null) return null;
    vault ??= new SafeStorageVault(
      options.dir,
      options.safeStorage,
      openJsonFile,
      options.now ?? (() => new Date()),
    );
    return vault;
  };

  /** Runs a keychain call with the time limit; failures become AppFailures that never carry the key. */
  const keychainCall = async <T>(
    call: (keychain: KeychainBackend) => Promise<T>,
    key?: string,
  ): Promise<T> => {
    const state = await keychainNow();
    if (!state.ok)
      throw new AppFailure({ code: 'keychain', reason: 'keychain_unavailable', diagnostic: state.reason });
    try {
      return await limited(call(state.keychain));
    } catch (error) {
      if (error instanceof AppFailure) throw error;
      throw new AppFailure({
        code: 'keychain',
        reason: 'keychain_refused',
        diagnostic: withoutKey(describeError(error), key),
      });
    }
  };

  const find = async (account: string): Promise<{ key: string; backend: SecretBackend } | null> => {
    const inMemory = memory.get(account);
    if (inMemory !== undefined) return { key: inMemory, backend: 'memory' };
    const fromVault = usableVault()?.get(account);
    if (fromVault) return { key: fromVault, backend: 'safeStorage' };
    if (!(await keychainNow()).ok) return null;
    const fromKeychain = await keychainCall((keychain) => keychain.getPassword(KEYCHAIN_SERVICE, account));
    return fromKeychain ? { key: fromKeychain, backend: 'keychain' } : null;
  };

  /** Removes every copy except the one in `keep`; a keychain that cannot be reached holds nothing we could delete. */
  const removeCopies = async (account: string, keep: SecretBackend | null): Promise<void> => {
    if (keep !== 'memory') memory.delete(account);
    if (keep !== 'safeStorage') usableVault()?.remove(account);
    if (keep === 'keychain' || !(await keychainNow()).ok) return;
    const deletion = keychainCall((keychain) => keychain.deletePassword(KEYCHAIN_SERVICE, account));
    // After a set, a stale keychain copy is harmless (memory and safe storage are looked up first), so a
    // keychain that stopped answering must not fail the set; an explicit remove must say it failed.
    if (keep === null) await deletion;
    else await deletion.catch(() => undefined);
  };

  const store: SecretStore = {
    async status(profileId, kind) {
      const found = await find(secretAccount(profileId, kind));
      return found ? { hasKey: true, lastFour: lastFourOf(found.key), backend: found.backend } : NO_STATUS;
    },
    async get(profileId, kind) {
      return (await find(secretAccount(profileId, kind)))?.key ?? null;
    },
    async set(profileId, rawKey, setOptions = {}) {
      const key = validateApiKey(rawKey);
      const backend = setOptions.backend ?? 'keychain';
      const account = secretAccount(profileId, setOptions.kind);
      if (backend === 'keychain') {
        const state = await keychainNow();
        if (!state.ok) {
          throw new AppFailure({
            code: 'keychain',
            reason: 'keychain_unavailable',
            diagnostic: state.reason,
          });
        }
        await keychainCall((keychain) => keychain.setPassword(KEYCHAIN_SERVICE, account, key), key);
      } else if (backend === 'safeStorage') {
        const problem = safeStorageProblem(options.safeStorage, platform);
        const target = usableVault();
        if (problem !== null || !target)
          throw new AppFailure({
            code: 'keychain',
            reason: 'safe_storage_unavailable',
            ...(problem === null ? {} : { diagnostic: `safeStorage: ${problem.problem}` }),
          });
        target.set(account, key);
      } else {
        memory.set(account, key);
      }
      await removeCopies(account, backend);
      return { hasKey: true, lastFour: lastFourOf(key), backend };
    },
    async remove(profileId, kind) {
      await removeCopies(secretAccount(profileId, kind), null);
    },
    async removeAll(profileId) {
      for (const kind of KeyKindSchema.options) await store.remove(profileId, kind);
    },
    overdueKeychainCalls: () => overdue,
    async availability(availabilityOptions = {}) {
      const state = await keychainNow(availabilityOptions.refresh);
      const safeStorage = safeStorageProblem(options.safeStorage, platform);
      return {
        keychain: state.ok ? 'available' : 'unavailable',
        ...(state.ok ? {} : { reason: state.reason }),
        ...(!state.ok && state.fix ? { keychainFix: state.fix } : {}),
        safeStorage: safeStorage === null ? 'available' : 'unavailable',
        ...(safeStorage === null ? {} : { safeStorageProblem: safeStorage.problem }),
        ...(safeStorage?.backend === undefined ? {} : { safeStorageBackend: safeStorage.backend }),
      };
    },
  };
  return store;
};
