import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { MESSAGES } from './catalogue';

export const SUPPORTED_LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: (typeof MESSAGES)['en'] };
  }
}

/** Follows the OS language (German if it is German, English otherwise) until the user picks one in Settings. */
export const systemLanguage = (languages: readonly string[] = navigator.languages): Language =>
  languages.some((tag) => tag.toLowerCase().startsWith('de')) ? 'de' : 'en';

export const initI18n = (language: Language = systemLanguage()) =>
  i18next.use(initReactI18next).init({
    resources: { en: { translation: MESSAGES.en }, de: { translation: MESSAGES.de } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    // i18next otherwise prints an advertisement to the console on every init (23 times in a test run).
    showSupportNotice: false,
  });
