import type { Messages } from './en';

export const de: Messages = {
  app: { name: 'Famulor Playground' },
  nav: { playground: 'Playground', threads: 'Verläufe', settings: 'Einstellungen', sessions: 'Sitzungen' },
  status: {
    mode: { desktop: 'Desktop', browser: 'Browser-Modus' },
    profile: 'Profil',
    connecting: 'Verbinde…',
    version: 'v{{version}}',
    bridgeError: 'Keine Verbindung zur App: {{message}}',
  },
  empty: {
    playgroundTitle: 'Keine Sitzung geöffnet',
    playgroundBody: 'Sitzungen enthalten Ihre Gesprächsbereiche, Variablen und Notizen.',
    threadsTitle: 'Kundenverläufe',
    threadsBody: 'Finden Sie ein Gespräch über ID, Kundentelefon oder externe Kennung.',
    settingsTitle: 'Einstellungen',
    settingsBody: 'Verbindungsprofile und API-Schlüssel.',
  },
};
