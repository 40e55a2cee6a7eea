import type { storeProblemsEnglish } from './storeProblems.en';

/** The reports of reset or moved files in German: the same keys as the English ones, checked by the type. */
export const storeProblemsGerman: typeof storeProblemsEnglish = {
  storeProblems: {
    title: 'Einige gespeicherte Dateien brauchen Ihre Aufmerksamkeit',
    dismiss: 'Schließen',
    item: '{{file}}: {{cause}} {{outcome}} {{place}}',
    cause: {
      notJson: 'Sie ist kein gültiges JSON ({{detail}}).',
      unreadable: 'Sie konnte nicht gelesen werden ({{detail}}).',
      notAnObject:
        'Sie enthält nicht die Art Daten, die die App schreibt (zum Beispiel nur eine leere Liste).',
      tooDeep:
        'Sie ist mehr als {{limit}} Ebenen tief verschachtelt, tiefer als alles, was die App schreibt.',
      schema: 'Sie passt nicht zu dem, was die App erwartet ({{detail}}).',
      noSchemaVersion: 'Sie hat keine gültige Schemaversion.',
      migrationFailed:
        'Sie stammt von einer älteren Version der App (Schema {{version}}) und konnte nicht aktualisiert werden ({{detail}}).',
      newerVersion: 'Sie stammt von einer neueren Version der App (Schema {{version}}).',
      wrongId: 'Sie enthält die Sitzung „{{found}}“, nicht die, die ihr Name angibt.',
      invalidProfiles_one: '{{count}} Verbindungsprofil darin war ungültig und wurde ausgelassen.',
      invalidProfiles_other: '{{count}} Verbindungsprofile darin waren ungültig und wurden ausgelassen.',
      invalidPreference:
        'Die Einstellung „{{field}}“ darin war ungültig und wurde auf ihren Standardwert zurückgesetzt.',
      interruptedSave:
        'Ein Speichervorgang wurde unterbrochen, nachdem seine neueren Daten vollständig geschrieben waren.',
    },
    outcome: {
      session: 'Die Sitzung fehlt in der Liste.',
      sessionList: 'Die Sitzungsliste wurde aus den Sitzungsdateien neu aufgebaut.',
      settings: 'Die Verbindungsprofile beginnen mit ihren Standardwerten.',
      preferences: 'Die Einstellungen beginnen mit ihren Standardwerten.',
      keyVault: 'Im sicheren Speicher abgelegte Schlüssel müssen neu gesetzt werden.',
      problemReports: 'Frühere Meldungen dieser Art gingen verloren.',
      testSuites:
        'Die Testansicht beginnt ohne Suiten und ohne gespeicherte Läufe; fügen Sie die Suite-Dateien erneut hinzu.',
      assistantLab:
        'Das Prompt-Labor beginnt ohne Versionen und vergisst seine Testkopien: Löschen Sie übrig gebliebene „[draft]“-Assistenten in der Web-App von Famulor.',
      demoPacks:
        'Die Offline-Demo bietet nur die mitgelieferten Pakete an; importieren Sie Ihre Pakete erneut (Änderungen an mitgelieferten Paketen sind verloren).',
    },
    place: {
      moved: 'Die Datei, wie sie war, liegt unter {{movedTo}}.',
      kept: 'Die Datei blieb unverändert; aktualisieren Sie die App, um sie zu öffnen.',
      recover:
        'Die neueren Daten liegen unter {{movedTo}}: Um sie zu verwenden, beenden Sie die App und legen Sie diese Datei an die Stelle der anderen.',
    },
  },
};
