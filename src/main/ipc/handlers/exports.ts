import { EXPORT_HOLDS_KEY } from '../../../shared/export/keyCheck';
import type { exportChannels } from '../../../shared/ipc/channels/exports';
import { AppFailure } from '../../../shared/result';
import { containsKnownKey } from '../../secrets/knownKeys';
import type { HandlerGroup } from '../handlerTypes';

export interface ExportHandlerDeps {
  /** The keys the secret store holds. */
  knownSecrets: () => Promise<string[]>;
}

export const exportHandlers = ({
  knownSecrets,
}: ExportHandlerDeps): HandlerGroup<keyof typeof exportChannels> => ({
  'exports:check': async ({ text }) => {
    if (containsKnownKey(text, await knownSecrets())) {
      throw new AppFailure({
        code: 'validation',
        errorCode: EXPORT_HOLDS_KEY,
        reason: 'export_holds_key',
      });
    }
    return { clean: true as const };
  },
});
