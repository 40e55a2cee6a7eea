import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppFailure } from '../../shared/result';
import { createSecretStore, type SecretStore } from '../secrets/secretStore';
import { createProfileStore, type ProfileStore } from './profileStore';
import { updateProfileKeepingKeyBound } from './updateProfile';

let dir: string;
let profiles: ProfileStore;
let secrets: SecretStore;
let id: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'famulor-key-binding-'));
  profiles = createProfileStore({ dir });
  secrets = createSecretStore({
    dir,
    loadKeychain: async () => {
      throw new Error('no keychain in this test');
    },
  });
  id = profiles.create({ name: 'Production', baseUrl: 'https://app.famulor.de/api' }).id;
  await secrets.set(id, 'famulor-binding-key-1234', { backend: 'memory' });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('a key bound to its host', () => {
  it('stays with a new name or path on the same origin', async () => {
    const update = await updateProfileKeepingKeyBound({ profiles, secrets }, id, {
      name: 'Prod',
      baseUrl: 'https://app.famulor.de/v2/api',
    });
    expect(update.keyRemoved).toBe(false);
    expect(await secrets.get(id)).toBe('famulor-binding-key-1234');
  });

  it('is removed when the origin changes, and the answer says so', async () => {
    const update = await updateProfileKeepingKeyBound({ profiles, secrets }, id, {
      baseUrl: 'https://elsewhere.example/api',
    });
    expect(update).toMatchObject({ keyRemoved: true, profile: { baseUrl: 'https://elsewhere.example/api' } });
    expect(await secrets.get(id)).toBeNull();
  });

  it('binds the Automate key to the host by the same rule, and says so apart from the API key', async () => {
    await secrets.set(id, 'famulor-automate-key-5678', { backend: 'memory', kind: 'automate' });
    const kept = await updateProfileKeepingKeyBound({ profiles, secrets }, id, { name: 'Prod' });
    expect(kept).toMatchObject({ keyRemoved: false, automateKeyRemoved: false });
    expect(await secrets.get(id, 'automate')).toBe('famulor-automate-key-5678');

    await secrets.remove(id);
    const moved = await updateProfileKeepingKeyBound({ profiles, secrets }, id, {
      baseUrl: 'https://elsewhere.example/api',
    });
    expect(moved).toMatchObject({ keyRemoved: false, automateKeyRemoved: true });
    expect(await secrets.get(id, 'automate')).toBeNull();
  });

  it('leaves profile and key alone when the update is refused', async () => {
    profiles.create({ name: 'Taken' });
    await expect(
      updateProfileKeepingKeyBound({ profiles, secrets }, id, {
        name: 'Taken',
        baseUrl: 'https://elsewhere.example/api',
      }),
    ).rejects.toBeInstanceOf(AppFailure);
    expect(profiles.get(id).baseUrl).toBe('https://app.famulor.de/api');
    expect(await secrets.get(id)).toBe('famulor-binding-key-1234');
  });

  it('keeps the old host when the key cannot be removed', async () => {
    const locked = async () => {
      throw new AppFailure({ code: 'keychain', reason: 'keychain_unavailable' });
    };
    const failing: SecretStore = { ...secrets, remove: locked, removeAll: locked };
    await expect(
      updateProfileKeepingKeyBound({ profiles, secrets: failing }, id, {
        baseUrl: 'https://elsewhere.example/api',
      }),
    ).rejects.toBeInstanceOf(AppFailure);
    expect(profiles.get(id).baseUrl).toBe('https://app.famulor.de/api');
  });
});
