import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYCHAIN_SERVICE, loadKeytar } from './keychain';
import type { SecretAvailability } from '../../shared/domain/secret';
import { createSecretStore, secretAccount, type SecretStore } from './secretStore';

/**
 * Against the real OS keychain through keytar. On Linux CI this runs under scripts/with-keyring.sh, which
 * provides gnome-keyring on a private D-Bus. Where no Secret Service can be reached the test is skipped, and
 * says so loudly: a silent skip would look like a pass.
 */

const PROFILE = `real-keychain-test-${process.pid}-${Date.now()}`;
const KEY = `fam_real_${Math.random().toString(36).slice(2)}_0123456789`;
const AUTOMATE_KEY = `fam_automate_${Math.random().toString(36).slice(2)}_abcdef`;

let dir: string;
let store: SecretStore;
let availability: SecretAvailability;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'famulor-keychain-'));
  store = createSecretStore({ dir });
  availability = await store.availability();
  if (availability.keychain === 'unavailable') {
    console.warn(
      [
        '',
        '!!! KEYCHAIN TEST SKIPPED: no Secret Service is reachable, so keytar was NOT tested against a real keychain.',
        `!!! Reason: ${availability.reason ?? 'unknown'}`,
        '!!! Run it as: bash scripts/with-keyring.sh npx vitest run --project node src/main/secrets',
        '',
      ].join('\n'),
    );
  }
});

afterAll(async () => {
  if (availability.keychain === 'available') await store.removeAll(PROFILE);
  rmSync(dir, { recursive: true, force: true });
});

describe('the real OS keychain (keytar)', () => {
  it('sets, reads and removes a key', async (context) => {
    if (availability.keychain === 'unavailable')
      context.skip(`no Secret Service: ${availability.reason ?? ''}`);
    const keytar = await loadKeytar();

    expect(await store.set(PROFILE, KEY)).toEqual({
      hasKey: true,
      lastFour: KEY.slice(-4),
      backend: 'keychain',
    });
    // Read back with keytar directly: the entry is where other tools (Seahorse, Keychain Access) show it.
    expect(await keytar.getPassword(KEYCHAIN_SERVICE, PROFILE)).toBe(KEY);

    const restarted = createSecretStore({ dir });
    expect(await restarted.get(PROFILE)).toBe(KEY);
    expect(await restarted.status(PROFILE)).toEqual({
      hasKey: true,
      lastFour: KEY.slice(-4),
      backend: 'keychain',
    });

    await restarted.remove(PROFILE);
    expect(await keytar.getPassword(KEYCHAIN_SERVICE, PROFILE)).toBeNull();
    expect(await store.status(PROFILE)).toEqual({ hasKey: false, lastFour: null, backend: null });
  });

  it('keeps the Automate key as an entry of its own beside the API key, and removes both with the profile', async (context) => {
    if (availability.keychain === 'unavailable')
      context.skip(`no Secret Service: ${availability.reason ?? ''}`);
    const keytar = await loadKeytar();
    const automateAccount = secretAccount(PROFILE, 'automate');

    await store.set(PROFILE, KEY);
    expect(await store.set(PROFILE, ` ${AUTOMATE_KEY}\n`, { kind: 'automate' })).toEqual({
      hasKey: true,
      lastFour: AUTOMATE_KEY.slice(-4),
      backend: 'keychain',
    });
    expect(await keytar.getPassword(KEYCHAIN_SERVICE, automateAccount)).toBe(AUTOMATE_KEY);
    expect(await keytar.getPassword(KEYCHAIN_SERVICE, PROFILE)).toBe(KEY);

    const restarted = createSecretStore({ dir });
    expect(await restarted.get(PROFILE, 'automate')).toBe(AUTOMATE_KEY);
    expect(await restarted.get(PROFILE)).toBe(KEY);
    await expect(restarted.set(PROFILE, 'has a space', { kind: 'automate' })).rejects.toMatchObject({
      error: { code: 'validation' },
    });
    expect(await restarted.get(PROFILE, 'automate')).toBe(AUTOMATE_KEY);

    await restarted.remove(PROFILE, 'automate');
    expect(await keytar.getPassword(KEYCHAIN_SERVICE, automateAccount)).toBeNull();
    expect(await restarted.status(PROFILE, 'automate')).toEqual({
      hasKey: false,
      lastFour: null,
      backend: null,
    });
    expect(await keytar.getPassword(KEYCHAIN_SERVICE, PROFILE)).toBe(KEY);

    await restarted.set(PROFILE, AUTOMATE_KEY, { kind: 'automate' });
    await restarted.removeAll(PROFILE);
    expect(await keytar.getPassword(KEYCHAIN_SERVICE, automateAccount)).toBeNull();
    expect(await keytar.getPassword(KEYCHAIN_SERVICE, PROFILE)).toBeNull();
  });
});
