import type { ExportFile } from '../../shared/export/file';
import type { AppError } from '../../shared/result';
import { call } from './api';
import { downloadFile } from './files';

/**
 * The one way an export the renderer built becomes a download: main checks it for the stored keys first (the
 * renderer never knows them) and only the file main hands back is saved. Returns why nothing was saved.
 */
export const downloadExport = async (file: ExportFile): Promise<AppError | null> => {
  const checked = await call('exports:check', { file });
  if (!checked.ok) return checked.error;
  downloadFile(checked.data.file);
  return null;
};
