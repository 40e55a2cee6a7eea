import { exportFileName, MIME_TYPES, type ExportDocument, type ExportFormat } from './model';
import { toHtml } from './html';
import { toMarkdown } from './markdown';

export interface ExportFile {
  fileName: string;
  mimeType: string;
  text: string;
}

/** Markdown and HTML come from the shared document; JSON is written by the caller from its source data. */
export const exportFile = (
  document: ExportDocument,
  format: ExportFormat,
  json: () => string,
): ExportFile => ({
  fileName: exportFileName(document, format),
  mimeType: MIME_TYPES[format],
  text: format === 'json' ? json() : format === 'markdown' ? toMarkdown(document) : toHtml(document),
});
