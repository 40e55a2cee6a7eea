import { z } from 'zod';
import { MAX_ID_LENGTH, MAX_WHATSAPP_MESSAGE_LENGTH } from '../../limits';
import { channel } from '../channel';

/** The Offline demo's simulated world, for a presenter (and the e2e suite): refused on any other profile. */
export const demoChannels = {
  /** The customer of one of the simulator's WhatsApp threads writes a message. */
  'demo:customerWrites': channel(
    z.strictObject({
      conversationId: z.string().trim().min(1).max(MAX_ID_LENGTH),
      message: z.string().trim().min(1).max(MAX_WHATSAPP_MESSAGE_LENGTH),
    }),
    z.object({}),
  ),
  /** Moves the simulator's clock forward, e.g. past a WhatsApp window's 24 hours. */
  'demo:advanceClock': channel(
    z.strictObject({
      hours: z
        .number()
        .positive()
        .max(24 * 365),
    }),
    z.object({}),
  ),
};
