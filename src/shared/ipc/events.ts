import { z } from 'zod';
import { AppErrorSchema } from '../result';
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
  /**
   * A Famulor call of a profile ended: `error` null when Famulor answered it, else the failure that says the
   * connection does not work (refused, unreachable, no answer, key rejected). The status bar follows it.
   */
  'connection:observed': event(z.object({ profileId: z.string(), error: AppErrorSchema.nullable() })),
  /** A run of a test suite finished one run of a case (`done` of `total`). */
  'tests:progress': event(
    z.object({
      suiteId: z.string(),
      done: z.number().int(),
      total: z.number().int(),
      passed: z.number().int(),
    }),
  ),
  /** A listed suite file changed on disk (or appeared, or went away): the list is read again. */
  'tests:changed': event(z.object({ suiteId: z.string() })),
  /** The desktop shell received a `famulor-playground://` link; the renderer takes it with app:takeDeepLink. */
  'app:deepLink': event(z.object({})),
};
