import type { whatsappChannels } from '../../../shared/ipc/channels/whatsapp';
import type { FamulorGateway } from '../../famulor/gateway';
import type { EventBus } from '../../events';
import type { HandlerGroup } from '../handlerTypes';
import { callOptions } from './famulor';

export interface WhatsAppHandlerDeps {
  famulor: FamulorGateway;
  events: EventBus;
}

/** The WhatsApp endpoints with the active profile's client; the sends are paced there to 5 a second. */
export const whatsappHandlers = ({
  famulor,
  events,
}: WhatsAppHandlerDeps): HandlerGroup<keyof typeof whatsappChannels> => ({
  'whatsapp:senders': async (input, ctx) =>
    (await famulor.active()).listWhatsAppSenders(input, callOptions(ctx, events)),
  'whatsapp:templates': async (input, ctx) =>
    (await famulor.active()).listWhatsAppTemplates(input, callOptions(ctx, events)),
  'whatsapp:session': async (input, ctx) =>
    (await famulor.active()).getWhatsAppSession(input, callOptions(ctx, events)),
  'whatsapp:sendFreeform': async (input, ctx) =>
    (await famulor.active()).sendWhatsAppFreeform(input, callOptions(ctx, events)),
  'whatsapp:sendTemplate': async (input, ctx) =>
    (await famulor.active()).sendWhatsAppTemplate(input, callOptions(ctx, events)),
});
