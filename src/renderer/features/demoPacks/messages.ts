import { defineMessages } from '../../i18n/defineMessages';
import { demoPacksGerman } from './messages.de';
import { demoPacksEnglish } from './messages.en';

export const demoPacksMessages = defineMessages({ en: demoPacksEnglish, de: demoPacksGerman });
