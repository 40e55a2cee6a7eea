import {
  exportFileName,
  MIME_TYPES,
  type DocumentFormat,
  type ExportDocument,
  type ExportFormat,
} from './model';
import { toHtml } from './html';
import { toMarkdown } from './markdown';

export interface ExportFile {
  fileName: string;
  mimeType: string;
  text: string;
}

/** Markdown or HTML from the shared document. */
export const documentFile = (document: ExportDocument, format: DocumentFormat): ExportFile => ({
  fileName: exportFileName(document, format),
  mimeType: MIME_TYPES[format],
  text: format === 'markdown' ? toMarkdown(document) : toHtml(document),
});

/** Markdown and HTML come from the shared document; JSON is written by the caller from its source data. */
export const exportFile = (document: ExportDocument, format: ExportFormat, json: () => string): ExportFile =>
  format === 'json'
    ? { fileName: exportFileName(document, format), mimeType: MIME_TYPES.json, text: json() }
    : documentFile(document, format);
