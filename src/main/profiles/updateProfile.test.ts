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
    const failing: SecretStore = {
      ...secrets,
      remove: async () => {
        throw new AppFailure({ code: 'keychain', reason: 'keychain_unavailable' });
      },
    };
    await expect(
      updateProfileKeepingKeyBound({ profiles, secrets: failing }, id, {
        baseUrl: 'https://elsewhere.example/api',
      }),
    ).rejects.toBeInstanceOf(AppFailure);
    expect(profiles.get(id).baseUrl).toBe('https://app.famulor.de/api');
  });
});
