import i18next from 'i18next';
import type { Preferences } from '../../../shared/ipc/channels/settings';
import { systemLanguage, type Language } from '../../i18n';

export type ThemePreference = Preferences['theme'];
export type LanguagePreference = Preferences['language'];

export const THEMES: readonly ThemePreference[] = ['system', 'light', 'dark'];
export const LANGUAGES: readonly LanguagePreference[] = ['system', 'en', 'de'];

/** `system` removes the attribute so that app.css follows prefers-color-scheme; the others pin the theme. */
export const applyTheme = (theme: ThemePreference, root: HTMLElement = document.documentElement) => {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
};

export const resolveLanguage = (
  language: LanguagePreference,
  osLanguages: readonly string[] = navigator.languages,
): Language => (language === 'system' ? systemLanguage(osLanguages) : language);

export const applyLanguage = async (
  language: LanguagePreference,
  root: HTMLElement = document.documentElement,
) => {
  const resolved = resolveLanguage(language);
  root.lang = resolved;
  if (i18next.language !== resolved) await i18next.changeLanguage(resolved);
};

/** Every font size of the interface is a multiple of `--text-scale` (app.css). */
export const applyTextScale = (scale: number, root: HTMLElement = document.documentElement) => {
  root.style.setProperty('--text-scale', String(scale));
};
