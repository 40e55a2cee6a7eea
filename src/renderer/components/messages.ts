import { defineMessages } from '../i18n/defineMessages';
/** Strings of the shared components in src/renderer/components. */
export const componentsMessages = defineMessages({
  en: {
    // The tree's fold buttons, read by screen readers.
    jsonTree: { expand: 'Expand JSON', collapse: 'Collapse JSON' },
    functionCallCard: { arguments: 'Arguments', result: 'Result', emptyMessage: '(no text)' },
    exportMenu: {
      markdown: 'Markdown',
      markdownHint: 'Readable; function calls fold out',
      json: 'JSON',
      jsonHint: 'Complete; can be imported again',
      html: 'HTML report',
      htmlHint: 'One file that opens offline',
      holdsKey:
        'Not saved: the export contains one of your API keys. Remove the key from the text and export again.',
      failed: 'Not saved: {{message}}',
    },
  },
  de: {
    jsonTree: { expand: 'JSON aufklappen', collapse: 'JSON zuklappen' },
    functionCallCard: { arguments: 'Argumente', result: 'Ergebnis', emptyMessage: '(kein Text)' },
    exportMenu: {
      markdown: 'Markdown',
      markdownHint: 'Gut lesbar; Funktionsaufrufe aufklappbar',
      json: 'JSON',
      jsonHint: 'Vollständig; wieder importierbar',
      html: 'HTML-Bericht',
      htmlHint: 'Eine Datei, die offline öffnet',
      holdsKey:
        'Nicht gespeichert: Der Export enthält einen Ihrer API-Schlüssel. Entfernen Sie den Schlüssel aus dem Text und exportieren Sie erneut.',
      failed: 'Nicht gespeichert: {{message}}',
    },
  },
});
