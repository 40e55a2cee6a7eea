import type { AppInfo } from '../../../shared/ipc/channels/app';
import type { HandlerGroup } from '../handlerTypes';
import type { InFlightRequests } from '../inFlight';

export interface AppHandlerDeps {
  info: AppInfo;
  inFlight: InFlightRequests;
}

export const appHandlers = ({ info, inFlight }: AppHandlerDeps): HandlerGroup<'app:info' | 'app:cancel'> => ({
  'app:info': async () => info,
  'app:cancel': async ({ requestId }) => ({ cancelled: inFlight.cancel(requestId) }),
});
