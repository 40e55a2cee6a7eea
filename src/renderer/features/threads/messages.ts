import { threadsGerman } from './messages.de';
import { threadsEnglish } from './messages.en';

export const threadsMessages = { en: threadsEnglish, de: threadsGerman };
