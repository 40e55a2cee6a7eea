import { z } from 'zod';
import { channel } from '../channel';
import { MAX_ID_LENGTH } from '../../limits';
import { RENDERER_PERF_MARKS } from '../../perfMarks';

export const AppModeSchema = z.enum(['desktop', 'browser']);
export type AppMode = z.infer<typeof AppModeSchema>;

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  mode: AppModeSchema,
  platform: z.string(),
  userDataDir: z.string(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

export const RequestIdSchema = z.string().min(1).max(MAX_ID_LENGTH);

export const appChannels = {
  'app:info': channel(z.strictObject({}), AppInfoSchema),
  /** Aborts an in-flight request by the id its caller gave it (a Famulor call, a backoff wait, a paced send). */
  'app:cancel': channel(z.strictObject({ requestId: RequestIdSchema }), z.object({ cancelled: z.boolean() })),

  /** The `famulor-playground://` link the desktop shell received and nobody has opened yet (taken once). */
  'app:takeDeepLink': channel(z.strictObject({}), z.object({ url: z.string().nullable() })),

  /** The renderer's start-up marks (wall-clock ms); main prints them with its own when started with `--perf`. */
  'app:perfMarks': channel(
    z.strictObject({
      marks: z
        .array(
          z.strictObject({
            name: z.enum(RENDERER_PERF_MARKS),
            epochMs: z.number().nonnegative(),
          }),
        )
        .max(RENDERER_PERF_MARKS.length),
    }),
    z.object({ recorded: z.boolean() }),
  ),
};
