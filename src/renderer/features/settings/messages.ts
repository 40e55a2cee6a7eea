import { defineMessages } from '../../i18n/defineMessages';
import { settingsGerman } from './messages.de';
import { settingsEnglish } from './messages.en';

export const settingsMessages = defineMessages({ en: settingsEnglish, de: settingsGerman });
