import { defineMessages } from '../../i18n/defineMessages';
import { labGerman } from './messages.de';
import { labEnglish } from './messages.en';

export const labMessages = defineMessages({ en: labEnglish, de: labGerman });
