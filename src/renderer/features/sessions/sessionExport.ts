import type { Session } from '../../../shared/domain/session';
import type { ExportFormat } from '../../../shared/export/model';
import { exportSessionDocument } from '../../../shared/export/session';
import { create } from 'zustand';
import type { ChannelInput } from '../../../shared/ipc/contract';
import type { AppError, Result } from '../../../shared/result';
import { downloadExport } from '../../lib/downloadExport';
import { downloadFile } from '../../lib/files';
import { useAppStore } from '../../stores/appStore';

/** Why the last session export was not saved; the menu shows it whichever way the export was asked for. */
export const useSessionExportFailure = create<{ failure: AppError | null }>(() => ({ failure: null }));

/**
 * Sessions as main's export envelope (the file sessions:import reads), which main refuses to write when it holds
 * a stored key; the one JSON export of sessions, whether one from its menu or all as a backup.
 */
export const downloadSessionsJson = async (
  input: ChannelInput<'sessions:export'>,
): Promise<Result<{ fileName: string; count: number }>> => {
  const result = await useAppStore.getState().exportSessions(input);
  if (!result.ok) return result;
  const { fileName, json, count } = result.data;
  downloadFile({ fileName, mimeType: 'application/json', text: json });
  return { ok: true, data: { fileName, count } };
};

const downloadSessionJson = async (session: Session): Promise<AppError | null> => {
  const result = await downloadSessionsJson({ ids: [session.id], redactSecrets: false });
  return result.ok ? null : result.error;
};

/**
 * Downloads one session as Markdown, JSON (the sessions:import envelope) or a self-contained HTML report.
 * The Markdown and HTML exporters copy only the session's own fields; a key typed into a message is caught by
 * main's check.
 */
export const downloadSessionExport = async (
  session: Session,
  format: ExportFormat,
  now: Date = new Date(),
): Promise<void> => {
  useSessionExportFailure.setState({ failure: null });
  const failure =
    format === 'json'
      ? await downloadSessionJson(session)
      : await downloadExport(exportSessionDocument(session, format, now));
  useSessionExportFailure.setState({ failure });
};
