import { defineMessages } from '../../i18n/defineMessages';
export const shellMessages = defineMessages({
  en: {
    app: { name: 'Famulor Playground' },
    nav: {
      playground: 'Playground',
      threads: 'Threads',
      tests: 'Tests',
      lab: 'Prompt lab',
      settings: 'Settings',
      sessions: 'Sessions',
    },
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
      reload: 'Reload',
      hostDown: 'The app’s host process is not answering',
      accountQueue: {
        label_one: '{{count}} call queued · next in {{seconds}} s',
        label_other: '{{count}} calls queued · next in {{seconds}} s',
        title:
          'Famulor allows 100 requests a minute and 20 per 10 seconds per account; the app waits instead of being refused.',
      },
    },
  },
  de: {
    app: { name: 'Famulor Playground' },
    nav: {
      playground: 'Playground',
      threads: 'Verläufe',
      tests: 'Tests',
      lab: 'Prompt-Labor',
      settings: 'Einstellungen',
      sessions: 'Sitzungen',
    },
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
      reload: 'Neu laden',
      hostDown: 'Der Hintergrundprozess der App antwortet nicht',
      accountQueue: {
        label_one: '{{count}} Anfrage wartet · nächste in {{seconds}} s',
        label_other: '{{count}} Anfragen warten · nächste in {{seconds}} s',
        title:
          'Famulor erlaubt je Konto 100 Anfragen pro Minute und 20 in 10 Sekunden; die App wartet, statt abgewiesen zu werden.',
      },
    },
  },
});
