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

/**
 * Loads keytar only when a key is first needed: its native module links against libsecret, and a missing
 * library must become "keychain unavailable", not a crash at start-up.
 */
export const loadKeytar: LoadKeychain = async () => {
  const imported: unknown = await import('keytar');
  // keytar is CommonJS: Node's ESM loader puts the exports object on `default`.
  const candidate = (imported as { default?: unknown }).default ?? imported;
  if (!isKeychainBackend(candidate))
    throw new Error('keytar loaded, but without getPassword/setPassword/deletePassword.');
  return candidate;
};

export const keychainTimeout = (timeoutMs: number) =>
  new AppFailure({
    code: 'keychain',
    message: `The system keychain did not answer within ${timeoutMs / 1000} s (is it locked?)`,
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
  error instanceof AppFailure ? error.error.message : error instanceof Error ? error.message : String(error);
