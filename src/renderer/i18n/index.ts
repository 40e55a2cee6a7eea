import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { de } from './de';
import { en } from './en';

export const SUPPORTED_LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

/** Follows the OS language (German if it is German, English otherwise) until the user picks one in Settings. */
export const systemLanguage = (languages: readonly string[] = navigator.languages): Language =>
  languages.some((tag) => tag.toLowerCase().startsWith('de')) ? 'de' : 'en';

export const initI18n = (language: Language = systemLanguage()) =>
  i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, de: { translation: de } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
  });
