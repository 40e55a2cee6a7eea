import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppFailure } from '../../shared/result';
import { FakeKeychain, fakeSafeStorage, hangingKeychain } from '../testing/secretsTestKit';
import { KEYCHAIN_SERVICE } from './keychain';
import { createSecretStore, type SecretStoreOptions } from './secretStore';

const KEY = 'fam_test_5b7c9d1e3f5a7b9c';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'famulor-secrets-'));
});
afterEach(() => {
  vi.useRealTimers();
  rmSync(dir, { recursive: true, force: true });
});

const storeWith = (options: Partial<SecretStoreOptions>) =>
  createSecretStore({ dir, platform: 'linux', ...options });
const failureOf = async (promise: Promise<unknown>): Promise<AppFailure> => {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof AppFailure)) throw new Error(`expected an AppFailure, got ${String(error)}`);
  return error;
};

describe('secret store with a working keychain', () => {
  it('keeps the key under the service "Famulor Playground" with the profile id as account', async () => {
    const keychain = new FakeKeychain();
    const store = storeWith({ loadKeychain: async () => keychain });
    expect(await store.set('production', `  ${KEY}\n`)).toEqual({
      hasKey: true,
      lastFour: KEY.slice(-4),
      backend: 'keychain',
    });
    expect(keychain.entries.get(`${KEYCHAIN_SERVICE}/production`)).toBe(KEY);
    expect(await store.get('production')).toBe(KEY);
    expect(await store.status('staging')).toEqual({ hasKey: false, lastFour: null, backend: null });
    await store.remove('production');
    expect(await store.status('production')).toEqual({ hasKey: false, lastFour: null, backend: null });
  });

  it('validates keys and never repeats them in the error', async () => {
    const store = storeWith({ loadKeychain: async () => new FakeKeychain() });
    const cases = ['short1', 'has a space in it', 'x'.repeat(513), 'ключ-ключ-ключ', 'tab\tinside-key'];
    for (const key of cases) {
      const failure = await failureOf(store.set('production', key));
      expect(failure.error.code).toBe('validation');
      expect(failure.message).not.toContain(key);
    }
  });

  it('moves a key kept for this run into the keychain when asked, leaving one copy', async () => {
    const keychain = new FakeKeychain();
    const store = storeWith({ loadKeychain: async () => keychain });
    await store.set('production', KEY, { backend: 'memory' });
    expect((await store.status('production')).backend).toBe('memory');
    expect(keychain.entries.size).toBe(0);
    await store.set('production', KEY);
    expect(await store.status('production')).toMatchObject({ backend: 'keychain' });
    await store.set('production', KEY, { backend: 'memory' });
    expect(keychain.entries.size).toBe(0);
  });
});

describe('a keychain that never answers', () => {
  it('gives up after the time limit with the keychain error', async () => {
    vi.useFakeTimers();
    const keychain = new FakeKeychain();
    const store = storeWith({ loadKeychain: async () => keychain, timeoutMs: 3000 });
    await store.set('production', KEY);
    keychain.getPassword = () => new Promise(() => undefined);

    const pending = failureOf(store.get('production'));
    await vi.advanceTimersByTimeAsync(2999);
    let settled = false;
    void pending.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const failure = await pending;
    expect(failure.error).toEqual({
      code: 'keychain',
      reason: 'keychain_locked',
      params: { seconds: 3 },
    });
  });

  it('counts a call that outlives its time limit as overdue until it finally answers', async () => {
    vi.useFakeTimers();
    const keychain = new FakeKeychain();
    const store = storeWith({ loadKeychain: async () => keychain, timeoutMs: 1000 });
    await store.set('production', KEY);
    let answer: (value: string | null) => void = () => undefined;
    keychain.getPassword = () => new Promise((resolve) => (answer = resolve));

    const late = failureOf(store.get('production'));
    await vi.advanceTimersByTimeAsync(999);
    expect(store.overdueKeychainCalls()).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    await late;
    expect(store.overdueKeychainCalls()).toBe(1);
    answer(KEY);
    await Promise.resolve();
    await Promise.resolve();
    expect(store.overdueKeychainCalls()).toBe(0);
  });

  it('does not probe again while an earlier probe is still hanging', async () => {
    vi.useFakeTimers();
    let probes = 0;
    const store = storeWith({
      loadKeychain: async () => {
        probes += 1;
        return hangingKeychain();
      },
      timeoutMs: 500,
    });
    const first = store.availability();
    await vi.advanceTimersByTimeAsync(500);
    expect((await first).keychain).toBe('unavailable');
    const again = store.availability({ refresh: true });
    await vi.advanceTimersByTimeAsync(500);
    expect((await again).keychain).toBe('unavailable');
    expect(probes).toBe(1);
    expect(store.overdueKeychainCalls()).toBe(1);
  });

  it('reports the keychain unavailable when even the probe hangs, and offers the fallbacks', async () => {
    vi.useFakeTimers();
    const store = storeWith({
      loadKeychain: async () => hangingKeychain(),
      safeStorage: fakeSafeStorage('kwallet5'),
      timeoutMs: 500,
    });
    const availability = store.availability();
    await vi.advanceTimersByTimeAsync(500);
    expect(await availability).toEqual({
      keychain: 'unavailable',
      reason: 'The system keychain cannot be used: keychain_locked',
      safeStorage: 'available',
    });
    const refused = await failureOf(store.set('production', KEY));
    expect(refused.error.code).toBe('keychain');
    expect(refused.error.reason).toBe('keychain_unavailable');
    expect(await store.set('production', KEY, { backend: 'memory' })).toMatchObject({ backend: 'memory' });
  });
});

describe('fallbacks when the keychain is unavailable', () => {
  const missingLibsecret = async () => {
    throw new Error('libsecret-1.so.0: cannot open shared object file: No such file or directory');
  };

  it('says why, and keeps the key encrypted by a safeStorage backed by a real keyring in a 0600 file', async () => {
    const safeStorage = fakeSafeStorage('gnome_libsecret');
    const store = storeWith({ loadKeychain: missingLibsecret, safeStorage });
    expect(await store.availability()).toEqual({
      keychain: 'unavailable',
      reason: expect.stringContaining('libsecret-1.so.0'),
      safeStorage: 'available',
    });
    expect(await store.set('production', KEY, { backend: 'safeStorage' })).toEqual({
      hasKey: true,
      lastFour: KEY.slice(-4),
      backend: 'safeStorage',
    });
    const file = join(dir, 'secrets.safe-storage.json');
    expect(readFileSync(file, 'utf8')).not.toContain(KEY);
    expect(readFileSync(file, 'utf8')).not.toContain(Buffer.from(KEY).toString('base64').slice(0, 12));
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const afterRestart = storeWith({ loadKeychain: missingLibsecret, safeStorage });
    expect(await afterRestart.get('production')).toBe(KEY);
    await afterRestart.remove('production');
    expect(await storeWith({ loadKeychain: missingLibsecret, safeStorage }).get('production')).toBeNull();
  });

  it("refuses Linux's basic_text safeStorage (a fixed password) and an unknown backend", async () => {
    for (const backend of ['basic_text', 'unknown']) {
      const store = storeWith({ loadKeychain: missingLibsecret, safeStorage: fakeSafeStorage(backend) });
      const availability = await store.availability();
      expect(availability.safeStorage).toBe('unavailable');
      expect(availability).toMatchObject(
        backend === 'basic_text'
          ? { safeStorageProblem: 'basicText' }
          : { safeStorageProblem: 'unknownBackend', safeStorageBackend: 'unknown' },
      );
      expect((await failureOf(store.set('production', KEY, { backend: 'safeStorage' }))).error.code).toBe(
        'keychain',
      );
    }
    const macStore = createSecretStore({
      dir,
      platform: 'darwin',
      loadKeychain: missingLibsecret,
      safeStorage: fakeSafeStorage('basic_text'),
    });
    expect((await macStore.availability()).safeStorage).toBe('available');
  });

  it('without safeStorage (browser mode) keeps the key in memory for this run only', async () => {
    const store = storeWith({ loadKeychain: missingLibsecret });
    expect(await store.availability()).toMatchObject({ keychain: 'unavailable', safeStorage: 'unavailable' });
    await store.set('production', KEY, { backend: 'memory' });
    expect(await store.get('production')).toBe(KEY);
    expect(await storeWith({ loadKeychain: missingLibsecret }).get('production')).toBeNull();
  });

  it('probes again when asked to refresh (after the keyring was unlocked)', async () => {
    const keychain = new FakeKeychain();
    let unlocked = false;
    const store = storeWith({
      loadKeychain: async () => {
        if (!unlocked) throw new Error('Cannot create an item in a locked collection');
        return keychain;
      },
    });
    expect((await store.availability()).keychain).toBe('unavailable');
    unlocked = true;
    expect((await store.availability()).keychain).toBe('unavailable');
    expect((await store.availability({ refresh: true })).keychain).toBe('available');
  });
});
