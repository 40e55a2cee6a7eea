import { defineMessages } from '../../i18n/defineMessages';

export const presentationMessages = defineMessages({
  en: {
    presentation: {
      commands: {
        toggle: 'Presentation mode on or off',
        next: 'Presentation: send the script’s next message',
      },
      bar: {
        label: 'Presentation',
        script: 'Script to step through',
        noScript: 'Type live (no script)',
        noScripts: 'Save a replay script in the inspector to step through it here.',
        next: 'Next message',
        nextHint: '→ or Page Down',
        upNext: 'Next: “{{message}}”',
        done: 'All {{count}} messages of the script are sent.',
        progress: '{{sent}} of {{count}} sent',
        restart: 'From the start',
        panesHidden: 'Showing the first {{shown}} of {{count}} panes.',
        exit: 'Exit presentation',
      },
    },
  },
  de: {
    presentation: {
      commands: {
        toggle: 'Präsentationsmodus ein oder aus',
        next: 'Präsentation: nächste Nachricht des Skripts senden',
      },
      bar: {
        label: 'Präsentation',
        script: 'Skript zum Durchschalten',
        noScript: 'Live tippen (kein Skript)',
        noScripts: 'Speichern Sie im Inspektor ein Wiedergabeskript, um es hier durchzuschalten.',
        next: 'Nächste Nachricht',
        nextHint: '→ oder Bild ↓',
        upNext: 'Als Nächstes: „{{message}}“',
        done: 'Alle {{count}} Nachrichten des Skripts sind gesendet.',
        progress: '{{sent}} von {{count}} gesendet',
        restart: 'Von vorn',
        panesHidden: 'Zu sehen sind die ersten {{shown}} von {{count}} Bereichen.',
        exit: 'Präsentation beenden',
      },
    },
  },
});
