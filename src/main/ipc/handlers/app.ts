import type { AppInfo } from '../../../shared/ipc/channels/app';
import type { HandlerGroup } from '../handlerTypes';
import type { DeepLinkInbox } from '../../deepLinkInbox';
import type { InFlightRequests } from '../inFlight';

export interface AppHandlerDeps {
  info: AppInfo;
  inFlight: InFlightRequests;
  deepLinks: DeepLinkInbox;
}

export const appHandlers = ({
  info,
  inFlight,
  deepLinks,
}: AppHandlerDeps): HandlerGroup<'app:info' | 'app:cancel' | 'app:takeDeepLink'> => ({
  'app:info': async () => info,
  'app:cancel': async ({ requestId }) => ({ cancelled: inFlight.cancel(requestId) }),

  'app:takeDeepLink': async () => ({ url: deepLinks.take() }),
});
