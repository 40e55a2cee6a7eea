import { defineMessages } from '../../i18n/defineMessages';
export const startupMessages = defineMessages({
  en: {
    startup: {
      loading: 'Loading…',
      loadFailed: 'This part of the app could not be loaded.',
      reload: 'Reload the app',
      // The browser's own text of the failure is English whatever the UI language: shown folded, labelled.
      technicalDetail: 'Technical detail (from the browser)',
    },
  },
  de: {
    startup: {
      loading: 'Wird geladen…',
      loadFailed: 'Dieser Teil der App konnte nicht geladen werden.',
      reload: 'App neu laden',
      technicalDetail: 'Technische Angabe (vom Browser)',
    },
  },
});
