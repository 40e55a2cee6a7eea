import { z } from 'zod';
import { event } from './channel';

export const appEvents = {
  /** The generate-reply pacer is holding a request: the UI counts down instead of collecting 429s. */
  'pacer:wait': event(
    z.object({
      requestId: z.string().nullable(),
      waitMs: z.number().nonnegative(),
      queued: z.number().int(),
    }),
  ),
};
