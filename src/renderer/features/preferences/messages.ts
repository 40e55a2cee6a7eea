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
      },
    },
  },
});
