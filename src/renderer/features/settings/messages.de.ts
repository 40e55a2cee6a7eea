import type { SameKeys } from '../../i18n/defineMessages';
import type { settingsEnglish } from './messages.en';

/** The Settings view's strings in German: the same keys as the English ones, checked by the type. */
export const settingsGerman: SameKeys<typeof settingsEnglish> = {
  settings: {
    title: 'Einstellungen',
    profiles: {
      title: 'Verbindungsprofile',
      intro:
        'Wohin Anfragen gehen und welchen API-Schlüssel sie tragen. Das verwendete Profil bedient Playground und Verläufe.',
      listLabel: 'Profile',
      loading: 'Profile werden geladen…',
      loadFailed: 'Die Profile konnten nicht geladen werden: {{message}}',
      retry: 'Erneut versuchen',
      new: 'Neues Profil',
      builtIn: 'eingebaut',
      active: 'in Verwendung',
      simulator: 'Eingebauter Simulator, kein Schlüssel nötig',
      noKey: 'Kein Schlüssel',
      pick: 'Wähle ein Profil, um seinen Schlüssel zu sehen und die Verbindung zu testen.',
    },
    form: {
      createTitle: 'Neues Verbindungsprofil',
      editTitle: '„{{name}}“ bearbeiten',
      name: 'Name',
      baseUrl: 'Basis-URL',
      baseUrlHint: 'https, oder einfaches http nur für 127.0.0.1 und localhost.',
      path: 'Generate-Reply-Pfad',
      pathHint: 'Der Pfad des Generate-Reply-Endpunkts unter der Basis-URL.',
      create: 'Profil anlegen',
      save: 'Änderungen speichern',
      saving: 'Speichere…',
      cancel: 'Abbrechen',
      duplicateName: 'Ein Profil namens „{{name}}“ gibt es schon.',
      failed: 'Das Profil wurde nicht gespeichert: {{message}}',
      keyWillBeRemoved:
        'Der Schlüssel dieses Profils wurde für {{from}} gespeichert. Mit {{to}} gespeichert, wird er entfernt: Ein Schlüssel geht immer nur an den Host, für den er gespeichert wurde. Gib ihn danach erneut ein, wenn du dem neuen Host vertraust.',
    },
    detail: {
      activate: 'Dieses Profil verwenden',
      activeNow: 'Dieses Profil ist in Verwendung.',
      edit: 'Bearbeiten',
      delete: 'Löschen…',
      deleteQuestion:
        '„{{name}}“ und seinen gespeicherten Schlüssel löschen? Das lässt sich nicht rückgängig machen.',
      keyRemoved:
        'Das Profil zeigt jetzt auf einen anderen Host, darum wurde sein Schlüssel entfernt. Gib den Schlüssel erneut ein, um ihn dort zu verwenden.',
      automateKeyRemoved:
        'Sein Automate-Schlüssel wurde aus demselben Grund entfernt. Gib ihn erneut ein, um dort Gespräche zu übernehmen.',
      deleteConfirm: 'Profil löschen',
      deleteCancel: 'Behalten',
      builtInNote:
        'Die Offline-Demo nutzt den eingebauten Simulator der App. Sie braucht keinen Schlüssel und lässt sich weder bearbeiten noch löschen.',
      actionFailed: '{{message}}',
    },
    key: {
      title: 'API-Schlüssel',
      none: 'Für dieses Profil ist kein Schlüssel gespeichert.',
      stored: 'Schlüssel •••• {{lastFour}}, {{where}}.',
      backend: {
        keychain: 'im Schlüsselbund des Systems gespeichert',
        safeStorage: 'mit safeStorage verschlüsselt',
        memory: 'nur bis zum Beenden der App gemerkt',
      },
      input: 'Neuer API-Schlüssel',
      short: 'Schlüssel •••• {{lastFour}}',
      placeholder: 'Schlüssel aus der Famulor-Web-App einfügen',
      add: 'Schlüssel speichern',
      replace: 'Schlüssel ersetzen',
      remove: 'Schlüssel entfernen',
      saving: 'Speichere…',
      saved: 'Der Schlüssel wurde gespeichert.',
      removed: 'Der Schlüssel wurde entfernt.',
      keychainUnavailable: 'Der Schlüsselbund des Systems ist nicht verfügbar.',
      keychainFix: {
        linuxLibsecret:
          'Sein Modul wurde bei der Installation nicht gebaut, weil libsecret fehlte: `sudo apt-get install libsecret-1-dev pkg-config` ausführen (Debian, Ubuntu), dann `npm install` im Ordner der App, und die App neu starten.',
        macosReinstall:
          'Sein Modul wurde bei der Installation nicht gebaut: `xcode-select --install` ausführen, dann `npm install` im Ordner der App, und die App neu starten.',
        windowsReinstall:
          'Sein Modul wurde bei der Installation nicht gebaut: die Visual Studio Build Tools („Desktopentwicklung mit C++“) installieren, dann `npm install` im Ordner der App ausführen, und die App neu starten.',
      },
      chooseBackend: 'Wo soll der Schlüssel stattdessen bleiben?',
      useSafeStorage: 'Mit safeStorage auf diesem Computer verschlüsseln',
      useMemory: 'Nur bis zum Beenden der App merken (danach vergessen)',
      safeStorageUnavailable: {
        desktopOnly: 'safeStorage ist ebenfalls nicht verfügbar: Das gibt es nur in der Desktop-App.',
        encryptionUnavailable:
          'safeStorage ist ebenfalls nicht verfügbar: Es meldet, dass auf diesem Computer keine Verschlüsselung möglich ist.',
        basicText:
          'safeStorage wird ebenfalls nicht angeboten: Es würde hier mit einem festen Passwort (basic_text) verschlüsseln, mit dem jeder entschlüsseln kann.',
        unknownBackend:
          'safeStorage wird ebenfalls nicht angeboten: Es bewahrt seinen Schlüssel in „{{backend}}“ auf, keinem Schlüsselbund, für den die App bürgen kann.',
      },
      failed: 'Der Schlüssel wurde nicht gespeichert: {{message}}',
      removeFailed: 'Der Schlüssel wurde nicht entfernt: {{message}}',
    },
    automateKey: {
      title: 'Automate-Schlüssel (Übernahme)',
      intro:
        'Famulors Übernahme-Endpunkte (Übernehmen, An die KI zurückgeben) verlangen den Automate-API-Schlüssel des Kontos, einen eigenen Schlüssel neben dem API-Schlüssel. Ohne ihn sendet die Übernahme den API-Schlüssel, den manche Konten annehmen.',
      none: 'Kein Automate-Schlüssel gespeichert: Die Übernahme verwendet den API-Schlüssel.',
      input: 'Neuer Automate-Schlüssel',
      placeholder: 'Automate-API-Schlüssel aus der Famulor-Web-App einfügen',
      add: 'Automate-Schlüssel speichern',
      replace: 'Automate-Schlüssel ersetzen',
      remove: 'Automate-Schlüssel entfernen',
      saved: 'Der Automate-Schlüssel wurde gespeichert. Die Übernahme verwendet ihn ab jetzt.',
      removed: 'Der Automate-Schlüssel wurde entfernt. Die Übernahme verwendet wieder den API-Schlüssel.',
      failed: 'Der Automate-Schlüssel wurde nicht gespeichert: {{message}}',
      removeFailed: 'Der Automate-Schlüssel wurde nicht entfernt: {{message}}',
    },
    connection: {
      test: 'Verbindung testen',
      testing: 'Verbindung wird getestet…',
      cancel: 'Abbrechen',
      connected: 'Verbunden als {{name}} ({{email}})',
      balance: 'Guthaben: {{balance}}',
      failed: 'Fehler ({{code}}): {{message}}',
      failedHttp: 'Fehler ({{code}}, HTTP {{status}}): {{message}}',
      cancelled: 'Der Test wurde abgebrochen.',
    },
    backup: {
      title: 'Sicherung der Sitzungen',
      intro: 'Alle Sitzungen in einer JSON-Datei und zurück. API-Schlüssel sind nie Teil eines Exports.',
      redact: 'Geheim wirkende Variablenwerte schwärzen (key, token, password, secret)',
      export: 'Alle Sitzungen exportieren',
      exporting: 'Exportiere…',
      exported_one: '{{count}} Sitzung als {{fileName}} exportiert.',
      exported_other: '{{count}} Sitzungen als {{fileName}} exportiert.',
      exportFailed: 'Die Sitzungen konnten nicht exportiert werden: {{message}}',
      import: 'Sitzungen importieren…',
      importing: 'Importiere…',
      importFailed: 'Aus {{file}} wurde nichts importiert: {{message}}',
      importTooLarge:
        'Aus {{file}} wurde nichts importiert: Die Datei ist zu groß zum Importieren ({{size, number(maximumFractionDigits: 1)}} MB, höchstens {{limit, number(maximumFractionDigits: 1)}} MB).',
      unreadable: 'Die Datei konnte nicht gelesen werden.',
      conflictsTitle_one: '{{count}} Sitzung aus {{file}} gibt es hier schon:',
      conflictsTitle_other: '{{count}} Sitzungen aus {{file}} gibt es hier schon:',
      conflictQuestion: 'Noch wurde nichts importiert. Was soll mit ihnen geschehen?',
      copy: 'Beide behalten',
      replace: 'Meine ersetzen',
      skip: 'Überspringen',
      cancel: 'Import abbrechen',
      imported_one: '{{count}} Sitzung aus {{file}} importiert.',
      imported_other: '{{count}} Sitzungen aus {{file}} importiert.',
      replaced_one: '{{count}} wurde ersetzt.',
      replaced_other: '{{count}} wurden ersetzt.',
      backedUp: 'Die vorhandene Fassung war neuer; eine Kopie davon liegt unter {{file}}.',
      skipped_one: '{{count}} wurde übersprungen.',
      skipped_other: '{{count}} wurden übersprungen.',
      versions_one: 'Dazu kam {{count}} Version aus dem Prompt-Labor.',
      versions_other: 'Dazu kamen {{count}} Versionen aus dem Prompt-Labor.',
      importCancelled: 'Der Import wurde abgebrochen; nichts hat sich geändert.',
    },
  },
};
