import { z } from 'zod';
import type { StoreProblem } from '../../shared/domain/storeProblem';
import type { SafeStorageProblem } from '../../shared/domain/secret';
import { AppFailure } from '../../shared/result';
import { moveAside, readJsonFile } from '../storage/fileSafety';
import { describeSchemaError } from '../sessions/migrations';
import { jsonFileOptions, type CreateJsonFile, type JsonFileHandle } from '../storage/jsonFile';

/** The part of Electron's `safeStorage` we use; the desktop shell passes the real one, browser mode none. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  /** Linux only in Electron: which secret store backs the encryption key. */
  getSelectedStorageBackend?(): string;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

export const SAFE_STORAGE_FILE_NAME = 'secrets.safe-storage';

// On Linux, safeStorage is only as safe as the store holding its encryption key.
const REAL_LINUX_KEYRINGS = new Set(['gnome_libsecret', 'kwallet', 'kwallet5', 'kwallet6']);

/** Why safeStorage must not hold a key here (with the Linux backend it would use), or null when it may. */
export const safeStorageProblem = (
  safeStorage: SafeStorageLike | undefined,
  platform: NodeJS.Platform,
): { problem: SafeStorageProblem; backend?: string } | null => {
  if (!safeStorage) return { problem: 'desktopOnly' };
  if (!safeStorage.isEncryptionAvailable()) return { problem: 'encryptionUnavailable' };
  if (platform !== 'linux') return null;
  const backend = safeStorage.getSelectedStorageBackend?.() ?? 'unknown';
  if (backend === 'basic_text') return { problem: 'basicText' };
  if (!REAL_LINUX_KEYRINGS.has(backend)) return { problem: 'unknownBackend', backend: backend.slice(0, 64) };
  return null;
};

const VaultFileSchema = z.object({
  schemaVersion: z.literal(1),
  /** Ciphertext from safeStorage.encryptString, base64, by profile id. Never the key itself. */
  keys: z.record(z.string(), z.string()),
});

/** Keys encrypted by safeStorage, kept in a 0600 file in the user data folder. */
export class SafeStorageVault {
  private handle: JsonFileHandle | null = null;
  private keys: Record<string, string> | null = null;
  readonly problems: StoreProblem[] = [];

  constructor(
    private readonly dir: string,
    private readonly safeStorage: SafeStorageLike,
    private readonly createJsonFile: CreateJsonFile,
    private readonly now: () => Date,
  ) {}

  get(profileId: string): string | null {
    const ciphertext = this.entries()[profileId];
    if (ciphertext === undefined) return null;
    try {
      return this.safeStorage.decryptString(Buffer.from(ciphertext, 'base64'));
    } catch {
      throw new AppFailure({
        code: 'keychain',
        reason: 'safe_storage_undecryptable',
      });
    }
  }

  has(profileId: string): boolean {
    return this.entries()[profileId] !== undefined;
  }

  set(profileId: string, key: string): void {
    const ciphertext = this.safeStorage.encryptString(key).toString('base64');
    this.save({ ...this.entries(), [profileId]: ciphertext });
  }

  remove(profileId: string): void {
    if (!this.has(profileId)) return;
    const { [profileId]: _removed, ...rest } = this.entries();
    this.save(rest);
  }

  private entries(): Record<string, string> {
    if (this.keys) return this.keys;
    const outcome = readJsonFile(this.createJsonFile, this.dir, SAFE_STORAGE_FILE_NAME);
    this.keys = {};
    if (outcome.kind === 'unreadable') {
      this.problems.push(moveAside('keyVault', outcome.path, outcome.finding, this.now()));
    } else if (outcome.kind === 'ok') {
      const parsed = VaultFileSchema.safeParse(outcome.data);
      if (parsed.success) {
        this.handle = outcome.handle;
        this.keys = parsed.data.keys;
      } else {
        const finding = { code: 'schema' as const, params: { detail: describeSchemaError(parsed.error) } };
        this.problems.push(moveAside('keyVault', outcome.path, finding, this.now()));
      }
    }
    return this.keys;
  }

  private save(keys: Record<string, string>): void {
    this.handle ??= this.createJsonFile(jsonFileOptions(this.dir, SAFE_STORAGE_FILE_NAME));
    this.handle.store = { schemaVersion: 1, keys };
    this.keys = keys;
  }
}
