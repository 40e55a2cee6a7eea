/** Strings of the shared components in src/renderer/components. */
export const componentsMessages = {
  en: {
    exportMenu: {
      markdown: 'Markdown',
      markdownHint: 'Readable; function calls fold out',
      json: 'JSON',
      jsonHint: 'Complete; can be imported again',
      html: 'HTML report',
      htmlHint: 'One file that opens offline',
    },
  },
  de: {
    exportMenu: {
      markdown: 'Markdown',
      markdownHint: 'Gut lesbar; Funktionsaufrufe aufklappbar',
      json: 'JSON',
      jsonHint: 'Vollständig; wieder importierbar',
      html: 'HTML-Bericht',
      htmlHint: 'Eine Datei, die offline öffnet',
    },
  },
};
