import { defineMessages } from '../../i18n/defineMessages';

export const testSuitesMessages = defineMessages({
  en: {
    testSuites: {
      saveAsTest: 'Save as test',
      saveAsTestHint:
        'Download this conversation as a test suite (YAML): its messages as turns, expecting what the assistant replied and called. Edit it, then run it with famulor-playground test.',
      nothingToSave: 'Send a message first: a test is made of the messages you sent.',
      threadLoading: 'The thread is still loading.',
      assistantUnknown:
        'This thread’s assistant is not known here (it was opened by its id): open it from the thread list to save it as a test.',
      variableSet: 'playground',
      file: {
        fromPane: 'Made in Famulor Playground from pane “{{pane}}” on {{date}}.',
        fromThread: 'Made in Famulor Playground from conversation {{id}} on {{date}}.',
        suggestions:
          'The expectations are suggestions from what the assistant did then: keep what must hold, loosen the rest.',
        run: 'Run: npx famulor-playground test {{file}} --profile "NAME"',
      },
    },
  },
  de: {
    testSuites: {
      saveAsTest: 'Als Test speichern',
      saveAsTestHint:
        'Dieses Gespräch als Testsuite (YAML) herunterladen: seine Nachrichten als Schritte, erwartet wird, was der Assistent geantwortet und aufgerufen hat. Bearbeiten, dann mit famulor-playground test ausführen.',
      nothingToSave: 'Senden Sie zuerst eine Nachricht: Ein Test besteht aus den gesendeten Nachrichten.',
      threadLoading: 'Das Gespräch wird noch geladen.',
      assistantUnknown:
        'Der Assistent dieses Gesprächs ist hier nicht bekannt (es wurde über seine ID geöffnet): Öffnen Sie es aus der Gesprächsliste, um es als Test zu speichern.',
      variableSet: 'Playground',
      file: {
        fromPane: 'Erstellt in Famulor Playground aus dem Bereich „{{pane}}“ am {{date}}.',
        fromThread: 'Erstellt in Famulor Playground aus dem Gespräch {{id}} am {{date}}.',
        suggestions:
          'Die Erwartungen sind Vorschläge aus dem, was der Assistent damals tat: Behalten Sie, was gelten muss, lockern Sie den Rest.',
        run: 'Ausführen: npx famulor-playground test {{file}} --profile "NAME"',
      },
    },
  },
});
