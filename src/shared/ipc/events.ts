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
  /** Calls of a profile's account wait behind the account-wide limit (queued 0: none wait any more). */
  'pacer:account': event(
    z.object({
      profileId: z.string(),
      queued: z.number().int().nonnegative(),
      nextInMs: z.number().nonnegative(),
    }),
  ),
  /** The desktop shell received a `famulor-playground://` link; the renderer takes it with app:takeDeepLink. */
  'app:deepLink': event(z.object({})),
};
