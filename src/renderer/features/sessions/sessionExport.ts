import type { Session } from '../../../shared/domain/session';
import type { ExportFormat } from '../../../shared/export/model';
import { exportSession } from '../../../shared/export/session';
import { create } from 'zustand';
import type { AppError } from '../../../shared/result';
import { downloadExport } from '../../lib/downloadExport';

/** Why the last session export was not saved; the menu shows it whichever way the export was asked for. */
export const useSessionExportFailure = create<{ failure: AppError | null }>(() => ({ failure: null }));

/**
 * Downloads one session as Markdown, JSON (the sessions:import envelope) or a self-contained HTML report.
 * The exporters copy only the session's own fields; a key typed into a message is caught by main's check.
 */
export const downloadSessionExport = async (
  session: Session,
  format: ExportFormat,
  now: Date = new Date(),
): Promise<void> => {
  useSessionExportFailure.setState({ failure: null });
  const failure = await downloadExport(exportSession(session, format, now));
  useSessionExportFailure.setState({ failure });
};
