import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { KeychainBackend } from '../secrets/keychain';
import type { SafeStorageLike } from '../secrets/safeStorageVault';

/** An OS keychain held in a Map, recording which calls were made. */
export class FakeKeychain implements KeychainBackend {
  readonly entries = new Map<string, string>();
  readonly calls: string[] = [];

  async getPassword(service: string, account: string) {
    this.calls.push(`get ${account}`);
    return this.entries.get(`${service}/${account}`) ?? null;
  }
  async setPassword(service: string, account: string, password: string) {
    this.calls.push(`set ${account}`);
    this.entries.set(`${service}/${account}`, password);
  }
  async deletePassword(service: string, account: string) {
    this.calls.push(`delete ${account}`);
    return this.entries.delete(`${service}/${account}`);
  }
}

/** A keychain whose calls never settle, like a locked keyring waiting for a prompt nobody sees. */
export const hangingKeychain = (): KeychainBackend => {
  const never = () => new Promise<never>(() => undefined);
  return { getPassword: never, setPassword: never, deletePassword: never };
};

/** Encrypts for real (AES-256-GCM with a per-instance key), so a test can check no plain key reaches the disk. */
export const fakeSafeStorage = (backend: string, available = true): SafeStorageLike => {
  const secret = randomBytes(32);
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend,
    encryptString(plainText) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', secret, iv);
      const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decryptString(encrypted) {
      const decipher = createDecipheriv('aes-256-gcm', secret, encrypted.subarray(0, 12));
      decipher.setAuthTag(encrypted.subarray(12, 28));
      return Buffer.concat([decipher.update(encrypted.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
};
