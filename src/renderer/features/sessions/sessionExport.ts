import type { Session } from '../../../shared/domain/session';
import type { ExportFormat } from '../../../shared/export/model';
import { exportSession } from '../../../shared/export/session';
import { downloadFile } from '../../lib/files';

/**
 * Downloads one session as Markdown, JSON (the sessions:import envelope) or a self-contained HTML report.
 * The exporters copy only the session's own fields, so no key can reach the file.
 */
export const downloadSessionExport = (session: Session, format: ExportFormat, now: Date = new Date()) =>
  downloadFile(exportSession(session, format, now));
