import type { KeychainFix } from '../../shared/domain/secret';
import { AppFailure } from '../../shared/result';

/** Where keys live in the OS keychain: one entry per profile, the account being the profile id. */
export const KEYCHAIN_SERVICE = 'Famulor Playground';
export const DEFAULT_KEYCHAIN_TIMEOUT_MS = 3000;

/** The three keytar calls the store makes; tests inject fakes (a keychain that never answers, for one). */
export interface KeychainBackend {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
}

export type LoadKeychain = () => Promise<KeychainBackend>;

const isKeychainBackend = (value: unknown): value is KeychainBackend =>
  typeof value === 'object' &&
  value !== null &&
  ['getPassword', 'setPassword', 'deletePassword'].every(
    (name) => typeof (value as Record<string, unknown>)[name] === 'function',
  );

/** keytar's package or its native addon is absent: npm drops an optional dependency whose build failed. */
export class KeychainNotInstalled extends Error {}

const NOT_LOADABLE_CODES = new Set(['MODULE_NOT_FOUND', 'ERR_MODULE_NOT_FOUND', 'ERR_DLOPEN_FAILED']);
const isNotLoadable = (error: unknown) =>
  error instanceof Error && NOT_LOADABLE_CODES.has((error as NodeJS.ErrnoException).code ?? '');

/** Turns an `import()` of keytar into a keychain backend, or into KeychainNotInstalled when it cannot load. */
export const keytarLoader =
  (importKeytar: () => Promise<unknown>): LoadKeychain =>
  async () => {
    let imported: unknown;
    try {
      imported = await importKeytar();
    } catch (error) {
      if (isNotLoadable(error)) throw new KeychainNotInstalled((error as Error).message.split('\n')[0]);
      throw error;
    }
    // keytar is CommonJS: Node's ESM loader puts the exports object on `default`.
    const candidate = (imported as { default?: unknown }).default ?? imported;
    if (!isKeychainBackend(candidate))
      throw new Error('keytar loaded, but without getPassword/setPassword/deletePassword.');
    return candidate;
  };

/**
 * Loads keytar only when a key is first needed: it is an optional dependency whose native module links against
 * libsecret, and a missing module or library must become "keychain unavailable", not a crash at start-up.
 */
export const loadKeytar: LoadKeychain = keytarLoader(() => import('keytar'));

/** What makes keytar loadable again on this OS; the renderer words it. */
export const keychainFixFor = (platform: NodeJS.Platform): KeychainFix =>
  platform === 'darwin' ? 'macosReinstall' : platform === 'win32' ? 'windowsReinstall' : 'linuxLibsecret';

export const keychainTimeout = (timeoutMs: number) =>
  new AppFailure({
    code: 'keychain',
    reason: 'keychain_locked',
    params: { seconds: timeoutMs / 1000 },
  });

/** A locked keyring can leave a call pending forever; the app must stay responsive and say why. */
export const withTimeLimit = <T>(call: Promise<T>, timeoutMs: number, onTimeout?: () => void): Promise<T> => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout?.();
      reject(keychainTimeout(timeoutMs));
    }, timeoutMs);
  });
  return Promise.race([call, limit]).finally(() => clearTimeout(timer));
};

export const describeError = (error: unknown): string =>
  error instanceof AppFailure
    ? (error.error.diagnostic ?? error.error.reason)
    : error instanceof Error
      ? error.message
      : String(error);
