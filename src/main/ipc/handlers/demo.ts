import type { demoChannels } from '../../../shared/ipc/channels/demo';
import { AppFailure } from '../../../shared/result';
import type { FamulorGateway } from '../../famulor/gateway';
import type { HandlerGroup } from '../handlerTypes';

export interface DemoHandlerDeps {
  famulor: FamulorGateway;
}

const HOUR_MS = 60 * 60 * 1000;

const controlsOf = async (famulor: FamulorGateway) => {
  const controls = await famulor.demoControls();
  if (!controls) throw new AppFailure({ code: 'validation', reason: 'demo_controls_offline_only' });
  return controls;
};

/** The Offline demo's controls of the simulated world: a customer writing on WhatsApp, time passing. */
export const demoHandlers = ({ famulor }: DemoHandlerDeps): HandlerGroup<keyof typeof demoChannels> => ({
  'demo:customerWrites': async ({ conversationId, message }) => {
    if (!(await controlsOf(famulor)).customerWrites(conversationId, message)) {
      throw new AppFailure({ code: 'not_found', reason: 'demo_thread_not_whatsapp' });
    }
    return {};
  },
  'demo:advanceClock': async ({ hours }) => {
    (await controlsOf(famulor)).advanceClock(hours * HOUR_MS);
    return {};
  },
});
