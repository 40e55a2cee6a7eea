import type { Session } from '../domain/session';
import { documentFile, type ExportFile } from './file';
import { sessionToDocument, type DocumentFormat } from './model';

/**
 * A playground session as Markdown or HTML, with the same renderers as a thread. Its JSON is the session
 * store's own export envelope, written by main (`sessions:export`), the one place that knows every field and
 * refuses a file that holds a stored key.
 */
export const exportSessionDocument = (session: Session, format: DocumentFormat, now: Date): ExportFile =>
  documentFile(sessionToDocument(session, now), format);
