import { z } from 'zod';
import { MIME_TYPES } from '../../export/model';
import { channel } from '../channel';

// As large as the largest file the app imports: a 10,000-message thread as HTML stays well below it.
const MAX_EXPORT_BYTES = 50 * 1024 * 1024;

export const ExportFileSchema = z.strictObject({
  fileName: z.string().min(1).max(255),
  mimeType: z.enum([MIME_TYPES.markdown, MIME_TYPES.json, MIME_TYPES.html]),
  text: z.string().max(MAX_EXPORT_BYTES),
});

/**
 * Every file the renderer builds for download (a session or a thread as Markdown, JSON or HTML) passes main
 * on its way out: main alone knows the stored keys and refuses a file in which one appears, in any form.
 */
export const exportChannels = {
  'exports:check': channel(z.strictObject({ file: ExportFileSchema }), z.object({ file: ExportFileSchema })),
};
