/** How the app reports a file it reset, moved aside or kept (main sends a code and parameters; the words are here). */
export const storeProblemsEnglish = {
  storeProblems: {
    title: 'Some saved files needed attention',
    dismiss: 'Dismiss',
    item: '{{file}}: {{cause}} {{outcome}} {{place}}',
    cause: {
      notJson: 'It is not valid JSON ({{detail}}).',
      unreadable: 'It could not be read ({{detail}}).',
      notAnObject: 'It does not hold the kind of data the app writes (for example, only an empty list).',
      tooDeep: 'It is nested more than {{limit}} levels deep, deeper than anything the app writes.',
      schema: 'It does not match what the app expects ({{detail}}).',
      noSchemaVersion: 'It has no valid schema version.',
      migrationFailed:
        'It was written by an older version of the app (schema {{version}}) and could not be brought up to date ({{detail}}).',
      newerVersion: 'It was written by a newer version of the app (schema {{version}}).',
      wrongId: 'It holds the session “{{found}}”, not the one its name says.',
      invalidProfiles_one: '{{count}} connection profile in it was not valid and was left out.',
      invalidProfiles_other: '{{count}} connection profiles in it were not valid and were left out.',
      invalidPreference: 'The preference “{{field}}” in it was not valid and was reset to its default.',
      interruptedSave: 'A save was interrupted after its newer data had been written in full.',
    },
    outcome: {
      session: 'The session is left out of the list.',
      sessionList: 'The session list was rebuilt from the session files.',
      settings: 'Connection profiles start from their defaults.',
      preferences: 'Preferences start from their defaults.',
      keyVault: 'Keys kept with safe storage have to be set again.',
      problemReports: 'Earlier reports like this one were lost.',
      testSuites: 'The Tests view starts with no suites and no kept runs; add the suite files again.',
      assistantLab:
        'The prompt lab starts with no versions, and forgets its scratch copies: delete any “[draft]” assistants left on Famulor in its web app.',
      demoPacks:
        'The Offline demo serves the built-in packs only; import your packs again (edits of a built-in pack are lost).',
    },
    place: {
      moved: 'The file as it was is at {{movedTo}}.',
      kept: 'The file was left as it is; update the app to open it.',
      recover:
        'The newer data was kept at {{movedTo}}: to use it, quit the app and put that file in place of the other.',
    },
  },
};
