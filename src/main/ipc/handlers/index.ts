import { KeyKindSchema } from '../../../shared/domain/keyKind';
import { createPackRecorder } from '../../demoPacks/packRecorder';
import type { Handlers } from '../handlerTypes';
import type { MainServices } from '../../services';
import { appHandlers } from './app';
import { demoHandlers } from './demo';
import { exportHandlers } from './exports';
import { famulorHandlers } from './famulor';
import { labHandlers } from './lab';
import { packHandlers } from './packs';
import { sessionHandlers } from './sessions';
import { settingsHandlers } from './settings';
import { testsHandlers } from './tests';
import { whatsappHandlers } from './whatsapp';

/** The one place every channel gets its handler; the return type makes a missing one a compile error. */
export const createHandlers = (services: MainServices): Handlers => {
  const knownSecrets = async () => {
    // Both kinds of every profile: an export must not carry the Automate key either.
    const keys = await Promise.all(
      services.profiles
        .list()
        .flatMap((profile) => KeyKindSchema.options.map((kind) => ({ id: profile.id, kind })))
        .map(({ id, kind }) => services.secrets.get(id, kind).catch(() => null)),
    );
    return keys.filter((key): key is string => key !== null);
  };
  return {
    ...appHandlers(services),
    ...demoHandlers(services),
    ...exportHandlers({ knownSecrets }),
    ...famulorHandlers(services),
    ...labHandlers(services),
    ...packHandlers({
      packs: services.packs,
      recorder: createPackRecorder({
        client: () => services.famulor.active(),
        sessions: services.sessions,
        library: services.packs,
        knownKeys: knownSecrets,
      }),
    }),
    ...sessionHandlers({
      sessions: services.sessions,
      startupProblems: services.startupProblems,
      problemLedger: services.problemLedger,
      lab: services.lab,
      knownSecrets,
    }),
    ...settingsHandlers(services),
    ...testsHandlers(services),
    ...whatsappHandlers(services),
  };
};
