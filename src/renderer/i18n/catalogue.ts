/**
 * Every string of the app in both languages, without i18next or the DOM: the renderer's i18n reads it, and the e2e
 * suite finds controls by the names these strings give them.
 */
import { componentsMessages } from '../components/messages';
import { demoPacksMessages } from '../features/demoPacks/messages';
import { inspectorMessages } from '../features/inspector/messages';
import { labMessages } from '../features/lab/messages';
import { paletteMessages } from '../features/palette/messages';
import { preferencesMessages } from '../features/preferences/messages';
import { presentationMessages } from '../features/presentation/messages';
import { replayMessages } from '../features/replay/messages';
import { playgroundMessages } from '../features/playground/messages';
import { sessionsMessages } from '../features/sessions/messages';
import { variablesMessages } from '../features/variables/messages';
import { settingsMessages } from '../features/settings/messages';
import { shellMessages } from '../features/shell/messages';
import { startupMessages } from '../features/startup/messages';
import { testSuitesMessages } from '../features/testSuites/messages';
import { threadsMessages } from '../features/threads/messages';
import { whatsappReplyMessages } from '../features/threads/whatsapp/messages';
import { errorsMessages } from '../lib/errorMessages';
import type { SameKeys } from './defineMessages';

/** Each feature keeps its own strings in both languages (features/<area>/messages.ts); they meet here. */
export const FEATURE_MESSAGES = [
  componentsMessages,
  shellMessages,
  playgroundMessages,
  threadsMessages,
  whatsappReplyMessages,
  testSuitesMessages,
  labMessages,
  demoPacksMessages,
  settingsMessages,
  sessionsMessages,
  variablesMessages,
  inspectorMessages,
  replayMessages,
  paletteMessages,
  preferencesMessages,
  presentationMessages,
  startupMessages,
  errorsMessages,
];

/** Every English string, typed: the source of the keys `t` accepts (an unknown key fails the type-check). */
const english = {
  ...componentsMessages.en,
  ...shellMessages.en,
  ...playgroundMessages.en,
  ...threadsMessages.en,
  ...whatsappReplyMessages.en,
  ...testSuitesMessages.en,
  ...labMessages.en,
  ...demoPacksMessages.en,
  ...settingsMessages.en,
  ...sessionsMessages.en,
  ...variablesMessages.en,
  ...inspectorMessages.en,
  ...replayMessages.en,
  ...paletteMessages.en,
  ...preferencesMessages.en,
  ...presentationMessages.en,
  ...startupMessages.en,
  ...errorsMessages.en,
};
/** The German strings, typed as the same keys: a key missing in German fails the type-check. */
const german: SameKeys<typeof english> = {
  ...componentsMessages.de,
  ...shellMessages.de,
  ...playgroundMessages.de,
  ...threadsMessages.de,
  ...whatsappReplyMessages.de,
  ...testSuitesMessages.de,
  ...labMessages.de,
  ...demoPacksMessages.de,
  ...settingsMessages.de,
  ...sessionsMessages.de,
  ...variablesMessages.de,
  ...inspectorMessages.de,
  ...replayMessages.de,
  ...paletteMessages.de,
  ...preferencesMessages.de,
  ...presentationMessages.de,
  ...startupMessages.de,
  ...errorsMessages.de,
};
export const MESSAGES = { en: english, de: german };
