import { z } from 'zod';
import { ConversationDetailSchema, ConversationSummarySchema } from '../domain/famulor';
import { THREAD_EXPORT_FORMAT, THREAD_EXPORT_VERSION, type ThreadExportFile } from './threadJson';

const ThreadExportFileSchema = z.object({
  format: z.literal(THREAD_EXPORT_FORMAT),
  version: z.literal(THREAD_EXPORT_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  conversationId: z.string().min(1),
  aiEnabled: z.boolean().nullable(),
  summary: ConversationSummarySchema.nullable(),
  detail: ConversationDetailSchema,
});

/** Why a file is not a thread export; the UI words each problem in its own language. */
export type ThreadImportProblem = 'notJson' | 'notThreadExport' | 'unsupportedVersion' | 'invalid';

export type ThreadImport =
  | { ok: true; file: ThreadExportFile }
  | { ok: false; problem: Exclude<ThreadImportProblem, 'invalid'> }
  /** `field` is the path of the first value that does not fit, e.g. `detail.history.3.role`. */
  | { ok: false; problem: 'invalid'; field: string };

/** Reads a thread JSON export back, saying what is wrong with a file that is not one. */
export const parseThreadExport = (text: string): ThreadImport => {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'notJson' };
  }
  if (
    typeof data !== 'object' ||
    data === null ||
    (data as { format?: unknown }).format !== THREAD_EXPORT_FORMAT
  ) {
    return { ok: false, problem: 'notThreadExport' };
  }
  if ((data as { version?: unknown }).version !== THREAD_EXPORT_VERSION) {
    return { ok: false, problem: 'unsupportedVersion' };
  }
  const parsed = ThreadExportFileSchema.safeParse(data);
  if (parsed.success) return { ok: true, file: parsed.data };
  const path = parsed.error.issues[0]?.path ?? [];
  return { ok: false, problem: 'invalid', field: path.map(String).join('.') };
};
