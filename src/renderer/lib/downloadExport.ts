import type { ExportFile } from '../../shared/export/file';
import { checkChunks } from '../../shared/export/keyCheck';
import type { AppError } from '../../shared/result';
import { call } from './api';
import { downloadFile } from './files';

/**
 * The one way an export the renderer built becomes a download: main checks all of its text for the stored
 * keys first (the renderer never knows them), and the file is saved only when every piece passed. Returns
 * why nothing was saved.
 */
export const downloadExport = async (file: ExportFile): Promise<AppError | null> => {
  for (const text of checkChunks(file.text)) {
    const checked = await call('exports:check', { text });
    if (!checked.ok) return checked.error;
  }
  downloadFile(file);
  return null;
};
