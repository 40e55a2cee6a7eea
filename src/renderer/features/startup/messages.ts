import { defineMessages } from '../../i18n/defineMessages';
export const startupMessages = defineMessages({
  en: {
    startup: {
      loading: 'Loading…',
      loadFailed: 'This part of the app could not be loaded.',
      reload: 'Reload the app',
    },
  },
  de: {
    startup: {
      loading: 'Wird geladen…',
      loadFailed: 'Dieser Teil der App konnte nicht geladen werden.',
      reload: 'App neu laden',
    },
  },
});
