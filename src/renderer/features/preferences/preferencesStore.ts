import { create } from 'zustand';
import type { AppError } from '../../../shared/result';
import { call } from '../../lib/api';
import { applyLanguage, applyTheme, type LanguagePreference, type ThemePreference } from './applyPreferences';

interface PreferencesState {
  theme: ThemePreference;
  language: LanguagePreference;
  loaded: boolean;
  saving: boolean;
  error: AppError | null;
  load(): Promise<void>;
  update(patch: { theme?: ThemePreference; language?: LanguagePreference }): Promise<void>;
}

/**
 * Theme and language, read from main at start and written back on change. A change shows at once and is
 * rolled back (with the error shown in Settings) when main cannot save it.
 */
export const usePreferencesStore = create<PreferencesState>()((set, get) => ({
  theme: 'system',
  language: 'system',
  loaded: false,
  saving: false,
  error: null,
  async load() {
    const result = await call('preferences:get', {});
    if (!result.ok) {
      set({ loaded: true, error: result.error });
      return;
    }
    const { theme, language } = result.data;
    applyTheme(theme);
    await applyLanguage(language);
    set({ theme, language, loaded: true, error: null });
  },
  async update(patch) {
    const previous = { theme: get().theme, language: get().language };
    const next = { ...previous, ...patch };
    applyTheme(next.theme);
    await applyLanguage(next.language);
    set({ ...next, saving: true, error: null });
    const result = await call('preferences:update', patch);
    if (result.ok) {
      set({ saving: false });
      return;
    }
    applyTheme(previous.theme);
    await applyLanguage(previous.language);
    set({ ...previous, saving: false, error: result.error });
  },
}));

export const selectTheme = (state: PreferencesState) => state.theme;
export const selectLanguage = (state: PreferencesState) => state.language;
export const selectPreferencesError = (state: PreferencesState) => state.error;
export const selectUpdatePreferences = (state: PreferencesState) => state.update;
export const selectLoadPreferences = (state: PreferencesState) => state.load;
