import { defineMessages } from '../i18n/defineMessages';
import { errorsGerman } from './errorMessages.de';
import { errorsEnglish } from './errorMessages.en';

export const errorsMessages = defineMessages({ en: errorsEnglish, de: errorsGerman });
