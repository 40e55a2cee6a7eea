import type { AppInfo } from '../../../shared/ipc/channels/app';
import type { HandlerGroup } from '../handlerTypes';
import type { DeepLinkInbox } from '../../deepLinkInbox';
import type { InFlightRequests } from '../inFlight';
import type { StartupPerf } from '../../perf/startupPerf';

export interface AppHandlerDeps {
  info: AppInfo;
  inFlight: InFlightRequests;
  deepLinks: DeepLinkInbox;
  perf: StartupPerf;
}

export const appHandlers = ({
  info,
  inFlight,
  deepLinks,
  perf,
}: AppHandlerDeps): HandlerGroup<'app:info' | 'app:cancel' | 'app:takeDeepLink' | 'app:perfMarks'> => ({
  'app:info': async () => info,
  'app:cancel': async ({ requestId }) => ({ cancelled: inFlight.cancel(requestId) }),

  'app:takeDeepLink': async () => ({ url: deepLinks.take() }),
  'app:perfMarks': async ({ marks }) => ({ recorded: perf.receive(marks) }),
});
