import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  OFFLINE_DEMO_PROFILE,
  OFFLINE_DEMO_PROFILE_ID,
  ProfileInputSchema,
  ProfilePatchSchema,
  ProfileSchema,
  type Profile,
  type ProfileInput,
  type ProfilePatch,
} from '../../shared/domain/profile';
import type { StoreProblem } from '../../shared/domain/storeProblem';
import { AppFailure } from '../../shared/result';
import { parseUnknown } from '../../shared/validation/parseUnknown';
import { copyAside, moveAside, readJsonFile } from '../storage/fileSafety';
import { openJsonFile, jsonFileOptions, type JsonFileHandle } from '../storage/jsonFile';

export interface ProfileStore {
  /** "Offline demo" first, then the person's profiles in the order they were created. */
  list(): Profile[];
  get(id: string): Profile;
  active(): Profile;
  setActive(id: string): Profile;
  create(input: ProfileInput): Profile;
  /** The profile as `update` would save it (validated the same way), without saving it. */
  preview(id: string, patch: ProfilePatch): Profile;
  update(id: string, patch: ProfilePatch): Profile;
  rename(id: string, name: string): Profile;
  /** The key of a deleted profile stays in the keychain until the caller removes it with the secret store. */
  delete(id: string): Profile;
  problems(): StoreProblem[];
}

export interface ProfileStoreOptions {
  /** The user data folder holding the settings file. */
  dir: string;
  /** The settings file is shared with other settings: only the keys below are read and written here. */
  settingsName?: string;
  newId?: () => string;
  now?: () => Date;
}

export const SETTINGS_FILE_NAME = 'settings';
const PROFILES_KEY = 'profiles';
const ACTIVE_KEY = 'activeProfileId';

const builtIn = () =>
  new AppFailure({
    code: 'validation',
    reason: 'demo_profile_built_in',
  });

const parseStoredProfiles = (value: unknown): { profiles: Profile[]; invalid: number } => {
  const list = z.array(z.unknown()).safeParse(value ?? []);
  if (!list.success) return { profiles: [], invalid: 1 };
  const profiles: Profile[] = [];
  let invalid = 0;
  for (const candidate of list.data) {
    const parsed = ProfileSchema.safeParse(candidate);
    if (!parsed.success) invalid += 1;
    // The built-in profile is never stored; an entry with its id is a leftover, not a second demo.
    else if (parsed.data.id !== OFFLINE_DEMO_PROFILE_ID) profiles.push(parsed.data);
  }
  return { profiles, invalid };
};

export const createProfileStore = (options: ProfileStoreOptions): ProfileStore => {
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? randomUUID;
  const name = options.settingsName ?? SETTINGS_FILE_NAME;
  const problems: StoreProblem[] = [];
  let handle: JsonFileHandle | null = null;
  let profiles: Profile[] = [];
  let activeId = OFFLINE_DEMO_PROFILE_ID;

  const outcome = readJsonFile(openJsonFile, options.dir, name);
  if (outcome.kind === 'unreadable') {
    problems.push(moveAside('settings', outcome.path, outcome.finding, now()));
  } else if (outcome.kind === 'ok') {
    handle = outcome.handle;
    const stored = parseStoredProfiles(outcome.data[PROFILES_KEY]);
    profiles = stored.profiles;
    if (stored.invalid > 0) {
      // The unusable entries would vanish with the next save: keep the file as it was for a person to check.
      problems.push(
        copyAside(
          'settings',
          outcome.path,
          { code: 'invalidProfiles', params: { count: stored.invalid } },
          now(),
        ),
      );
    }
    const storedActive = outcome.data[ACTIVE_KEY];
    if (typeof storedActive === 'string' && profiles.some((profile) => profile.id === storedActive))
      activeId = storedActive;
  }

  const save = () => {
    try {
      handle ??= openJsonFile(jsonFileOptions(options.dir, name));
      handle.store = { ...handle.store, [PROFILES_KEY]: profiles, [ACTIVE_KEY]: activeId };
    } catch (error) {
      throw new AppFailure({
        code: 'storage',
        reason: 'profiles_not_saved',
        diagnostic: error instanceof Error ? error.message : String(error),
      });
    }
  };

  const find = (id: string): Profile => {
    const profile = id === OFFLINE_DEMO_PROFILE_ID ? OFFLINE_DEMO_PROFILE : profiles.find((p) => p.id === id);
    if (!profile) throw new AppFailure({ code: 'not_found', reason: 'profile_gone' });
    return profile;
  };

  const refuseDuplicateName = (candidate: string, exceptId: string | null) => {
    const taken = [OFFLINE_DEMO_PROFILE, ...profiles].some(
      (profile) =>
        profile.id !== exceptId && profile.name.toLocaleLowerCase() === candidate.toLocaleLowerCase(),
    );
    if (taken) {
      throw new AppFailure({
        code: 'validation',
        reason: 'profile_name_taken',
        params: { name: candidate },
        fieldIssues: { name: [{ rule: 'taken' }] },
      });
    }
  };

  const store: ProfileStore = {
    list: () => [OFFLINE_DEMO_PROFILE, ...profiles].map((profile) => ({ ...profile })),
    get: (id) => ({ ...find(id) }),
    active: () => ({ ...find(activeId) }),
    setActive(id) {
      const profile = find(id);
      activeId = profile.id;
      save();
      return { ...profile };
    },
    create(input) {
      const fields = parseUnknown(ProfileInputSchema, input);
      refuseDuplicateName(fields.name, null);
      const profile: Profile = { id: newId(), ...fields };
      profiles = [...profiles, profile];
      save();
      return { ...profile };
    },
    preview(id, patch) {
      if (id === OFFLINE_DEMO_PROFILE_ID) throw builtIn();
      const current = find(id);
      const changes = parseUnknown(ProfilePatchSchema, patch);
      const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
      const next = parseUnknown(ProfileSchema, { ...current, ...defined, id });
      refuseDuplicateName(next.name, id);
      return next;
    },
    update(id, patch) {
      const next = store.preview(id, patch);
      profiles = profiles.map((profile) => (profile.id === id ? next : profile));
      save();
      return { ...next };
    },
    rename: (id, newName) => store.update(id, { name: newName }),
    delete(id) {
      if (id === OFFLINE_DEMO_PROFILE_ID) throw builtIn();
      const profile = find(id);
      profiles = profiles.filter((candidate) => candidate.id !== id);
      if (activeId === id) activeId = OFFLINE_DEMO_PROFILE_ID;
      save();
      return { ...profile };
    },
    problems: () => [...problems],
  };
  return store;
};
