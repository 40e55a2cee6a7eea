import { create } from 'zustand';
import type { Preferences } from '../../../shared/ipc/channels/settings';
import type { AppError, Result } from '../../../shared/result';
import { call } from '../../lib/api';
import { DEFAULT_TEXT_SCALE } from '../../../shared/domain/textScale';
import {
  applyLanguage,
  applyTextScale,
  applyTheme,
  type LanguagePreference,
  type ThemePreference,
} from './applyPreferences';

interface PreferencesState {
  theme: ThemePreference;
  language: LanguagePreference;
  textScale: number;
  loaded: boolean;
  saving: boolean;
  error: AppError | null;
  /** Applies the stored theme and language: from the start-up's read of the preferences, or read here. */
  load(answer?: Promise<Result<Preferences>>): Promise<void>;
  update(patch: { theme?: ThemePreference; language?: LanguagePreference }): Promise<void>;
  /** Shows the text size at once and keeps it; a failed save is shown in Settings, the size stays for this run. */
  setTextScale(scale: number): Promise<void>;
}

/**
 * Theme and language, read from main at start and written back on change. A change shows at once and is
 * rolled back (with the error shown in Settings) when main cannot save it.
 */
export const usePreferencesStore = create<PreferencesState>()((set, get) => ({
  theme: 'system',
  language: 'system',
  textScale: DEFAULT_TEXT_SCALE,
  loaded: false,
  saving: false,
  error: null,
  async load(answer) {
    const result = await (answer ?? call('preferences:get', {}));
    if (!result.ok) {
      set({ loaded: true, error: result.error });
      return;
    }
    const { theme, language } = result.data;
    applyTheme(theme);
    // A size chosen while the app was starting wins over the stored one.
    const textScale = get().textScale === DEFAULT_TEXT_SCALE ? result.data.textScale : get().textScale;
    applyTextScale(textScale);
    await applyLanguage(language);
    set({ theme, language, textScale, loaded: true, error: null });
  },
  async setTextScale(textScale) {
    set({ textScale });
    applyTextScale(textScale);
    const result = await call('preferences:update', { textScale });
    if (!result.ok) set({ error: result.error });
  },
  async update(patch) {
    const state = get();
    const previous = {
      ...('theme' in patch ? { theme: state.theme } : {}),
      ...('language' in patch ? { language: state.language } : {}),
    };
    set({ ...patch, saving: true, error: null });
    // Sent before the new words load (that can take a moment), so closing the app right after keeps the choice.
    const saved = call('preferences:update', patch);
    applyTheme(get().theme);
    await applyLanguage(get().language);
    const result = await saved;
    if (result.ok) {
      set({ saving: false });
      return;
    }
    // Only what this change set is taken back: a later change that did save stays.
    set({ ...previous, saving: false, error: result.error });
    applyTheme(get().theme);
    await applyLanguage(get().language);
  },
}));

export const selectTheme = (state: PreferencesState) => state.theme;
export const selectLanguage = (state: PreferencesState) => state.language;
export const selectPreferencesError = (state: PreferencesState) => state.error;
export const selectPreferencesSaving = (state: PreferencesState) => state.saving;
export const selectUpdatePreferences = (state: PreferencesState) => state.update;
