export const shellMessages = {
  en: {
    app: { name: 'Famulor Playground' },
    nav: { playground: 'Playground', threads: 'Threads', settings: 'Settings', sessions: 'Sessions' },
    status: {
      mode: { desktop: 'Desktop', browser: 'Browser mode' },
      profile: 'Profile',
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
      connecting: 'Verbinde…',
      version: 'v{{version}}',
      bridgeError: 'Keine Verbindung zur App: {{message}}',
    },
  },
};
