import { z } from 'zod';
import { MAX_PANES } from '../../domain/applySessionCommand';
import { MAX_ID_LENGTH } from '../../limits';
import { AppErrorSchema } from '../../result';
import { SuiteReportSchema } from '../../testSuite/report';
import { channel } from '../channel';

const MAX_PATH_LENGTH = 4096;

/** A problem of a suite file, where it is: as a compiler names one (the message quotes the suite's own terms). */
export const SuiteProblemSchema = z.object({
  line: z.number().int(),
  column: z.number().int(),
  path: z.string(),
  message: z.string(),
});
export type SuiteProblem = z.infer<typeof SuiteProblemSchema>;

/** A suite file the Tests view lists, read anew each time it is listed (and whenever the file changes). */
export const SuiteEntrySchema = z.object({
  id: z.string(),
  path: z.string(),
  /** The suite's name; null when the file cannot be read or its problems hide it. */
  name: z.string().nullable(),
  cases: z.number().int(),
  /** Every run of a case in every cell of the matrix: how much a run does. */
  runs: z.number().int(),
  /** Why the file could not be read (ENOENT, EACCES…), or null. */
  unreadable: z.string().nullable(),
  problems: z.array(SuiteProblemSchema),
});
export type SuiteEntry = z.infer<typeof SuiteEntrySchema>;

const SuiteId = z.strictObject({ id: z.string().min(1).max(MAX_ID_LENGTH) });

/** Test suites in the app: files the person added, run against the active profile, their runs kept. */
export const testsChannels = {
  'tests:list': channel(z.strictObject({}), z.array(SuiteEntrySchema)),
  /** By an absolute path (POSIX or Windows): a relative one would be relative to main's working folder. */
  'tests:add': channel(
    z.strictObject({
      path: z
        .string()
        .trim()
        .min(1)
        .max(MAX_PATH_LENGTH)
        .regex(/^(\/|[A-Za-z]:[\\/]|\\\\)/, 'an absolute path'),
    }),
    SuiteEntrySchema,
  ),
  'tests:remove': channel(SuiteId, z.object({})),
  /**
   * Runs every case of the suite against the active profile; `tests:progress` tells each run done. With `on`, on
   * these assistants (uuids or ids) instead of the ones the suite names: the prompt lab runs a suite on an assistant
   * and its scratch copies side by side.
   */
  'tests:run': channel(
    SuiteId.extend({
      on: z.array(z.string().min(1).max(MAX_ID_LENGTH)).min(1).max(MAX_PANES).optional(),
    }),
    z.object({ report: SuiteReportSchema, stoppedBy: AppErrorSchema.nullable() }),
  ),
  /** The suite's kept runs, the latest first. */
  'tests:runs': channel(SuiteId, z.array(SuiteReportSchema)),
};
