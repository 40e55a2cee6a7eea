import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createProfileStore } from '../profiles/profileStore';
import { createPreferencesStore, DEFAULT_PREFERENCES } from './preferencesStore';

const dirs: string[] = [];
const newDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'prefs-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('preferences store', () => {
  it('starts from the defaults and keeps a change across a reopen', () => {
    const dir = newDir();
    expect(createPreferencesStore({ dir }).get()).toEqual(DEFAULT_PREFERENCES);
    createPreferencesStore({ dir }).update({ theme: 'dark', lastSessionId: 's-1' });
    expect(createPreferencesStore({ dir }).get()).toEqual({
      ...DEFAULT_PREFERENCES,
      theme: 'dark',
      lastSessionId: 's-1',
    });
  });

  it('shares the settings file with the profile store without erasing its keys', () => {
    const dir = newDir();
    const profiles = createProfileStore({ dir });
    const created = profiles.create({
      name: 'Staging',
      kind: 'remote',
      baseUrl: 'https://staging.example.com/api',
      generateReplyPath: '/ai/generate-reply',
    });
    createPreferencesStore({ dir }).update({ language: 'de' });
    expect(
      createProfileStore({ dir })
        .list()
        .map((profile) => profile.id),
    ).toContain(created.id);
    expect(createPreferencesStore({ dir }).get().language).toBe('de');
  });

  it('keeps the valid fields of a partly invalid stored value', () => {
    const dir = newDir();
    writeFileSync(
      join(dir, 'settings.json'),
      JSON.stringify({ preferences: { theme: 'neon', language: 'de', view: 42 } }),
    );
    expect(createPreferencesStore({ dir }).get()).toEqual({ ...DEFAULT_PREFERENCES, language: 'de' });
  });

  it('reports every preference it reset and keeps a copy of the file as it was', () => {
    const dir = newDir();
    const stored = JSON.stringify({ preferences: { theme: 'neon', language: 'de', view: 42 } });
    writeFileSync(join(dir, 'settings.json'), stored);
    const problems = createPreferencesStore({ dir }).problems();
    expect(problems.map((problem) => [problem.code, problem.params])).toEqual([
      ['invalidPreference', { field: 'theme' }],
      ['invalidPreference', { field: 'view' }],
    ]);
    expect(readFileSync(problems[0]?.movedTo ?? '', 'utf8')).toBe(stored);
  });

  it('moves a settings file of [] aside and reports it instead of resetting silently', () => {
    const dir = newDir();
    writeFileSync(join(dir, 'settings.json'), '[]');
    const profiles = createProfileStore({ dir });
    const preferences = createPreferencesStore({ dir });
    expect(preferences.get()).toEqual(DEFAULT_PREFERENCES);
    expect(profiles.problems()).toEqual([
      expect.objectContaining({ code: 'notAnObject', file: join(dir, 'settings.json') }),
    ]);
    expect(readFileSync(profiles.problems()[0]?.movedTo ?? '', 'utf8')).toBe('[]');
  });

  it('refuses a value outside the schema and keeps the previous one', () => {
    const store = createPreferencesStore({ dir: newDir() });
    expect(() => store.update({ theme: 'neon' as 'dark' })).toThrow(/refused|theme/i);
    expect(store.get().theme).toBe('system');
  });

  it('moves an unreadable file aside and reports where it went', () => {
    const dir = newDir();
    writeFileSync(join(dir, 'settings.json'), '\0\0\0\0');
    const store = createPreferencesStore({ dir, now: () => new Date('2026-11-22T10:00:00Z') });
    expect(store.get()).toEqual(DEFAULT_PREFERENCES);
    expect(store.problems()[0]?.movedTo).toMatch(/settings\.corrupt-2026-11-22T10-00-00-000Z\.json$/);
    expect(readdirSync(dir)).toContain('settings.corrupt-2026-11-22T10-00-00-000Z.json');
  });
});
