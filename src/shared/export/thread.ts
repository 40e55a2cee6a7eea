import { exportFile, type ExportFile } from './file';
import { threadToDocument, type ExportFormat, type ThreadExportInput } from './model';
import { threadToJson } from './threadJson';

export type { ExportFile } from './file';
export type { ExportFormat, ThreadExportInput } from './model';

/** A customer thread as a Markdown, JSON or HTML file; pure, so the renderer and tests call it alike. */
export const exportThread = (thread: ThreadExportInput, format: ExportFormat, now: Date): ExportFile =>
  exportFile(threadToDocument(thread, now), format, () => threadToJson(thread, now));
