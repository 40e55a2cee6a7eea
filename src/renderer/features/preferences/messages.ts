import { defineMessages } from '../../i18n/defineMessages';
export const preferencesMessages = defineMessages({
  en: {
    preferences: {
      title: 'Appearance',
      theme: 'Theme',
      language: 'Language',
      themes: { system: 'System', light: 'Light', dark: 'Dark' },
      languages: { system: 'System', en: 'English', de: 'Deutsch' },
      saveFailed: 'Could not save the preference: {{message}} It applies until the app restarts.',
      commands: {
        theme: 'Theme: {{name}}',
        language: 'Language: {{name}}',
        textLarger: 'Larger text',
        textSmaller: 'Smaller text',
        textReset: 'Text at its normal size',
      },
      textScale: {
        label: 'Text size',
        larger: 'Larger text',
        smaller: 'Smaller text',
        reset: 'Text size {{percent}} %: back to 100 %',
      },
    },
  },
  de: {
    preferences: {
      title: 'Darstellung',
      theme: 'Farbschema',
      language: 'Sprache',
      themes: { system: 'System', light: 'Hell', dark: 'Dunkel' },
      languages: { system: 'System', en: 'English', de: 'Deutsch' },
      saveFailed:
        'Die Einstellung konnte nicht gespeichert werden: {{message}} Sie gilt bis zum Neustart der App.',
      commands: {
        theme: 'Farbschema: {{name}}',
        language: 'Sprache: {{name}}',
        textLarger: 'Größere Schrift',
        textSmaller: 'Kleinere Schrift',
        textReset: 'Schrift in normaler Größe',
      },
      textScale: {
        label: 'Schriftgröße',
        larger: 'Größere Schrift',
        smaller: 'Kleinere Schrift',
        reset: 'Schriftgröße {{percent}} %: zurück auf 100 %',
      },
    },
  },
});
