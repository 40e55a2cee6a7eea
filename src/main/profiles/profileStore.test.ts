import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OFFLINE_DEMO_PROFILE, OFFLINE_DEMO_PROFILE_ID } from '../../shared/domain/profile';
import { AppFailure } from '../../shared/result';
import { createProfileStore } from './profileStore';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'famulor-profiles-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const settingsFile = () => join(dir, 'settings.json');
const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    if (error instanceof AppFailure) return error.error.code;
    throw error;
  }
  return undefined;
};

describe('connection profiles', () => {
  it('starts with the Offline demo, active, and no file written', () => {
    const store = createProfileStore({ dir });
    expect(store.list()).toEqual([OFFLINE_DEMO_PROFILE]);
    expect(store.active()).toEqual(OFFLINE_DEMO_PROFILE);
    expect(store.problems()).toEqual([]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('creates, updates, renames, activates and deletes profiles, and remembers them across restarts', () => {
    let next = 0;
    const store = createProfileStore({ dir, newId: () => `profile-${(next += 1)}` });
    const production = store.create({ name: 'Production' });
    expect(production).toEqual({
      id: 'profile-1',
      name: 'Production',
      baseUrl: 'https://app.famulor.de/api',
      generateReplyPath: '/user/ai/generate-reply',
      kind: 'remote',
    });
    const staging = store.create({ name: 'Staging', baseUrl: 'https://staging.example.com/api' });
    store.update(staging.id, { generateReplyPath: '/ai/generate-reply' });
    store.rename(staging.id, 'Staging EU');
    store.setActive(staging.id);

    const restarted = createProfileStore({ dir });
    expect(restarted.list().map((profile) => profile.name)).toEqual([
      'Offline demo',
      'Production',
      'Staging EU',
    ]);
    expect(restarted.active()).toEqual({
      id: staging.id,
      name: 'Staging EU',
      baseUrl: 'https://staging.example.com/api',
      generateReplyPath: '/ai/generate-reply',
      kind: 'remote',
    });
    expect(statSync(settingsFile()).mode & 0o777).toBe(0o600);

    expect(restarted.delete(staging.id).name).toBe('Staging EU');
    expect(restarted.active().id).toBe(OFFLINE_DEMO_PROFILE_ID);
    expect(
      createProfileStore({ dir })
        .list()
        .map((profile) => profile.name),
    ).toEqual(['Offline demo', 'Production']);
  });

  it('keeps the Offline demo: it cannot be changed or deleted', () => {
    const store = createProfileStore({ dir });
    expect(codeOf(() => store.delete(OFFLINE_DEMO_PROFILE_ID))).toBe('validation');
    expect(codeOf(() => store.rename(OFFLINE_DEMO_PROFILE_ID, 'Demo'))).toBe('validation');
    expect(store.list()).toEqual([OFFLINE_DEMO_PROFILE]);
  });

  it('accepts https, and http only for loopback', () => {
    const store = createProfileStore({ dir });
    expect(
      store.create({ name: 'Local simulator', baseUrl: 'http://127.0.0.1:4010/api', kind: 'simulator' }).kind,
    ).toBe('simulator');
    for (const baseUrl of [
      'http://app.famulor.de/api',
      'ftp://example.com',
      'not a url',
      'https://user:pw@example.com',
      'https://example.com/api?x=1',
    ]) {
      expect(codeOf(() => store.create({ name: `Bad ${baseUrl}`, baseUrl }))).toBe('validation');
    }
    expect(codeOf(() => store.create({ name: 'Bad path', generateReplyPath: '/ai/../admin' }))).toBe(
      'validation',
    );
    expect(codeOf(() => store.create({ name: '   ' }))).toBe('validation');
    expect(codeOf(() => store.create({ name: 'offline DEMO' }))).toBe('validation');
    expect(codeOf(() => store.get('missing'))).toBe('not_found');
  });

  it('keeps the other settings in the shared file', () => {
    writeFileSync(settingsFile(), JSON.stringify({ language: 'de', theme: 'dark' }));
    const store = createProfileStore({ dir });
    store.create({ name: 'Production' });
    expect(JSON.parse(readFileSync(settingsFile(), 'utf8'))).toMatchObject({ language: 'de', theme: 'dark' });
  });

  it('moves an unreadable settings file aside and starts from the defaults', () => {
    writeFileSync(settingsFile(), '{"profiles": [');
    const store = createProfileStore({ dir });
    expect(store.list()).toEqual([OFFLINE_DEMO_PROFILE]);
    expect(store.problems()).toEqual([
      expect.objectContaining({
        file: settingsFile(),
        movedTo: expect.stringContaining('settings.corrupt-'),
      }),
    ]);
  });

  it('leaves out invalid profiles, keeps a copy of the file and says so', () => {
    const valid = {
      id: 'prod',
      name: 'Production',
      baseUrl: 'https://app.famulor.de/api',
      generateReplyPath: '/ai/generate-reply',
      kind: 'remote',
    };
    writeFileSync(
      settingsFile(),
      JSON.stringify({
        profiles: [valid, { ...valid, id: 'evil', baseUrl: 'http://evil.example' }],
        activeProfileId: 'evil',
      }),
    );
    const store = createProfileStore({ dir });
    expect(store.list().map((profile) => profile.id)).toEqual([OFFLINE_DEMO_PROFILE_ID, 'prod']);
    expect(store.active().id).toBe(OFFLINE_DEMO_PROFILE_ID);
    const [problem] = store.problems();
    expect(problem).toMatchObject({ code: 'invalidProfiles', params: { count: 1 } });
    expect(readFileSync(problem?.movedTo ?? '', 'utf8')).toContain('evil.example');
  });
});
