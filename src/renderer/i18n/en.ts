export const en = {
  app: { name: 'Famulor Playground' },
  nav: { playground: 'Playground', threads: 'Threads', settings: 'Settings', sessions: 'Sessions' },
  status: {
    mode: { desktop: 'Desktop', browser: 'Browser mode' },
    profile: 'Profile',
    connecting: 'Connecting…',
    version: 'v{{version}}',
    bridgeError: 'Not connected to the app: {{message}}',
  },
  empty: {
    playgroundTitle: 'No session open',
    playgroundBody: 'Sessions hold your conversation panes, variables and notes.',
    threadsTitle: 'Customer threads',
    threadsBody: 'Find a conversation by id, customer phone or external identifier.',
    settingsTitle: 'Settings',
    settingsBody: 'Connection profiles and API keys.',
  },
};

export type Messages = typeof en;
