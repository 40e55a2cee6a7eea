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

/** Why a file is not a thread export; `reason` says it in English, the UI words `problem` in its language. */
export type ThreadImportProblem = 'notJson' | 'notThreadExport' | 'unsupportedVersion' | 'invalid';

export type ThreadImport =
  { ok: true; file: ThreadExportFile } | { ok: false; problem: ThreadImportProblem; reason: string };

/** Reads a thread JSON export back, explaining what is wrong with a file that is not one. */
export const parseThreadExport = (text: string): ThreadImport => {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'notJson', reason: 'The file is not JSON.' };
  }
  if (
    typeof data !== 'object' ||
    data === null ||
    (data as { format?: unknown }).format !== THREAD_EXPORT_FORMAT
  ) {
    return {
      ok: false,
      problem: 'notThreadExport',
      reason: 'The file is not a Famulor Playground thread export.',
    };
  }
  if ((data as { version?: unknown }).version !== THREAD_EXPORT_VERSION) {
    return {
      ok: false,
      problem: 'unsupportedVersion',
      reason: `This app reads thread exports of version ${THREAD_EXPORT_VERSION} only.`,
    };
  }
  const parsed = ThreadExportFileSchema.safeParse(data);
  return parsed.success
    ? { ok: true, file: parsed.data }
    : { ok: false, problem: 'invalid', reason: z.prettifyError(parsed.error) };
};
