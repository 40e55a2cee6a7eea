import { defineMessages } from '../../i18n/defineMessages';
export const shellMessages = defineMessages({
  en: {
    app: { name: 'Famulor Playground' },
    nav: { playground: 'Playground', threads: 'Threads', settings: 'Settings', sessions: 'Sessions' },
    status: {
      mode: { desktop: 'Desktop', browser: 'Browser mode' },
      profile: 'Profile',
      profileTitle: 'Connection profile “{{name}}”: {{state}}. Open Settings',
      profileState: {
        simulator: 'simulator',
        checking: 'checking…',
        connected: 'connected as {{name}}',
        noKey: 'no key',
        failed: 'error ({{code}})',
        unchecked: 'not checked',
      },
      connecting: 'Connecting…',
      version: 'v{{version}}',
      bridgeError: 'Not connected to the app: {{message}}',
    },
  },
  de: {
    app: { name: 'Famulor Playground' },
    nav: { playground: 'Playground', threads: 'Verläufe', settings: 'Einstellungen', sessions: 'Sitzungen' },
    status: {
      mode: { desktop: 'Desktop', browser: 'Browser-Modus' },
      profile: 'Profil',
      profileTitle: 'Verbindungsprofil „{{name}}“: {{state}}. Einstellungen öffnen',
      profileState: {
        simulator: 'Simulator',
        checking: 'prüfe…',
        connected: 'verbunden als {{name}}',
        noKey: 'kein Schlüssel',
        failed: 'Fehler ({{code}})',
        unchecked: 'nicht geprüft',
      },
      connecting: 'Verbinde…',
      version: 'v{{version}}',
      bridgeError: 'Keine Verbindung zur App: {{message}}',
    },
  },
});
