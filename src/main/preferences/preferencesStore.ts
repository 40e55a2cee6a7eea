import { constants, copyFileSync } from 'node:fs';
import { DEFAULT_TEXT_SCALE } from '../../shared/domain/textScale';
import { PreferencesSchema, type Preferences } from '../../shared/ipc/channels/settings';
import type { StoreProblem } from '../../shared/domain/storeProblem';
import { AppFailure } from '../../shared/result';
import { parseUnknown } from '../../shared/validation/parseUnknown';
import { asidePath, moveAside, readJsonFile } from '../storage/fileSafety';
import { storeProblem } from '../storeProblems/finding';
import { openJsonFile, jsonFileOptions, type JsonFileHandle } from '../storage/jsonFile';
import { SETTINGS_FILE_NAME } from '../profiles/profileStore';

export interface PreferencesStore {
  get(): Preferences;
  update(patch: Partial<Preferences>): Preferences;
  problems(): StoreProblem[];
}

export interface PreferencesStoreOptions {
  dir: string;
  now?: () => Date;
}

export const DEFAULT_PREFERENCES: Preferences = {
  theme: 'system',
  language: 'system',
  lastSessionId: null,
  view: 'playground',
  broadcast: false,
  textScale: DEFAULT_TEXT_SCALE,
};

// The profile store keeps its keys in the same settings file; each store writes only its own key.
const PREFERENCES_KEY = 'preferences';

/**
 * Which stored fields do not fit the schema (all of them when the stored value is not an object), and the
 * valid rest.
 */
const readStored = (stored: unknown): { valid: Partial<Preferences>; invalid: (keyof Preferences)[] } => {
  const keys = Object.keys(DEFAULT_PREFERENCES) as (keyof Preferences)[];
  if (stored === undefined) return { valid: {}, invalid: [] };
  if (stored === null || typeof stored !== 'object' || Array.isArray(stored))
    return { valid: {}, invalid: keys };
  const valid: Partial<Preferences> = {};
  const invalid: (keyof Preferences)[] = [];
  for (const key of keys) {
    const value: unknown = (stored as Record<string, unknown>)[key];
    if (value === undefined) continue;
    const field = PreferencesSchema.shape[key].safeParse(value);
    if (field.success) Object.assign(valid, { [key]: field.data });
    else invalid.push(key);
  }
  return { valid, invalid };
};

/**
 * Theme, language and where the person was. A stored value that no longer fits the schema falls back to its
 * default field by field, so one bad field does not reset the others; each reset is reported, and a copy of
 * the file as it was is kept, because the next save drops the bad value.
 */
export const createPreferencesStore = (options: PreferencesStoreOptions): PreferencesStore => {
  const now = options.now ?? (() => new Date());
  const problems: StoreProblem[] = [];
  let handle: JsonFileHandle | null = null;
  let current: Preferences = { ...DEFAULT_PREFERENCES };

  const outcome = readJsonFile(openJsonFile, options.dir, SETTINGS_FILE_NAME);
  if (outcome.kind === 'unreadable') {
    problems.push(moveAside('preferences', outcome.path, outcome.finding, now()));
  } else if (outcome.kind === 'ok') {
    handle = outcome.handle;
    const { valid, invalid } = readStored(outcome.data[PREFERENCES_KEY]);
    current = { ...current, ...valid };
    if (invalid.length > 0) {
      const copy = asidePath(outcome.path, 'corrupt', now());
      copyFileSync(outcome.path, copy, constants.COPYFILE_EXCL);
      for (const field of invalid)
        problems.push(
          storeProblem('preferences', { code: 'invalidPreference', params: { field } }, outcome.path, copy),
        );
    }
  }

  return {
    get: () => ({ ...current }),
    update(patch) {
      const next = parseUnknown(PreferencesSchema, { ...current, ...patch });
      try {
        handle ??= openJsonFile(jsonFileOptions(options.dir, SETTINGS_FILE_NAME));
        handle.store = { ...handle.store, [PREFERENCES_KEY]: next };
      } catch (error) {
        throw new AppFailure({
          code: 'storage',
          reason: 'preferences_not_saved',
          diagnostic: error instanceof Error ? error.message : String(error),
        });
      }
      current = next;
      return { ...current };
    },
    problems: () => [...problems],
  };
};
