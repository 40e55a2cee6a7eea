import type { Session } from '../domain/session';
import { exportFile, type ExportFile } from './file';
import { sessionToDocument, type ExportFormat } from './model';
import { sessionToJson } from './sessionJson';

/**
 * A playground session with the same renderers as a thread. Kept apart from thread.ts because the session
 * JSON needs the session schema's constants, and with them zod, which the threads view does not.
 */
export const exportSession = (session: Session, format: ExportFormat, now: Date): ExportFile =>
  exportFile(sessionToDocument(session, now), format, () => sessionToJson(session, now));
