import { PreferencesSchema, type Preferences } from '../../shared/ipc/channels/settings';
import type { StoreProblem } from '../../shared/domain/session';
import { AppFailure } from '../../shared/result';
import { parseUnknown } from '../ipc/validate';
import { moveAside, readJsonFile } from '../sessions/fileSafety';
import {
  createConfJsonFile,
  jsonFileOptions,
  type CreateJsonFile,
  type JsonFileHandle,
} from '../sessions/jsonFile';
import { SETTINGS_FILE_NAME } from '../profiles/profileStore';

export interface PreferencesStore {
  get(): Preferences;
  update(patch: Partial<Preferences>): Preferences;
  problems(): StoreProblem[];
}

export interface PreferencesStoreOptions {
  dir: string;
  createJsonFile?: CreateJsonFile;
  now?: () => Date;
}

export const DEFAULT_PREFERENCES: Preferences = {
  theme: 'system',
  language: 'system',
  lastSessionId: null,
  view: 'playground',
};

// The profile store keeps its keys in the same settings file; each store writes only its own key.
const PREFERENCES_KEY = 'preferences';

/**
 * Theme, language and where the person was. A stored value that no longer fits the schema falls back to its
 * default field by field, so one bad field does not reset the others.
 */
export const createPreferencesStore = (options: PreferencesStoreOptions): PreferencesStore => {
  const createJsonFile = options.createJsonFile ?? createConfJsonFile;
  const now = options.now ?? (() => new Date());
  const problems: StoreProblem[] = [];
  let handle: JsonFileHandle | null = null;
  let current: Preferences = { ...DEFAULT_PREFERENCES };

  const outcome = readJsonFile(createJsonFile, options.dir, SETTINGS_FILE_NAME);
  if (outcome.kind === 'unreadable') {
    problems.push(moveAside(outcome.path, `${outcome.reason} Preferences start from their defaults.`, now()));
  } else if (outcome.kind === 'ok') {
    handle = outcome.handle;
    const stored = outcome.data[PREFERENCES_KEY];
    if (stored && typeof stored === 'object') {
      for (const key of Object.keys(DEFAULT_PREFERENCES) as (keyof Preferences)[]) {
        const field = PreferencesSchema.shape[key].safeParse((stored as Record<string, unknown>)[key]);
        if (field.success) current = { ...current, [key]: field.data };
      }
    }
  }

  return {
    get: () => ({ ...current }),
    update(patch) {
      const next = parseUnknown(PreferencesSchema, { ...current, ...patch });
      try {
        handle ??= createJsonFile(jsonFileOptions(options.dir, SETTINGS_FILE_NAME));
        handle.store = { ...handle.store, [PREFERENCES_KEY]: next };
      } catch (error) {
        throw new AppFailure({
          code: 'storage',
          message: `Could not save the preferences: ${error instanceof Error ? error.message : String(error)}`,
        });
      }
      current = next;
      return { ...current };
    },
    problems: () => [...problems],
  };
};
