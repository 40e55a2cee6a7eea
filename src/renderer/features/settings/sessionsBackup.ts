import type { ImportConflictPolicy } from '../../../shared/domain/session';
import type { ChannelOutput } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/result';
import { call } from '../../lib/api';
import { useAppStore } from '../../stores/appStore';
import { downloadFile } from '../../lib/files';

export type ImportReport = ChannelOutput<'sessions:import'>;

/** Exports every session through main (which leaves keys out) and hands the file to the browser's download. */
export const exportAllSessions = async (
  redactSecrets: boolean,
): Promise<Result<{ fileName: string; count: number }>> => {
  const result = await call('sessions:export', { redactSecrets });
  if (!result.ok) return result;
  const { fileName, json, count } = result.data;
  downloadFile({ fileName, mimeType: 'application/json', text: json });
  return { ok: true, data: { fileName, count } };
};

/**
 * Imports an export file. Without a policy main imports nothing while any session already exists, and
 * reports the conflicts so that the person can choose; with one it applies it.
 */
export const importSessions = async (
  json: string,
  onConflict?: ImportConflictPolicy,
): Promise<Result<ImportReport>> => {
  const result = await call('sessions:import', { json, ...(onConflict ? { onConflict } : {}) });
  if (result.ok && result.data.imported.length > 0) await showImported(result.data);
  return result;
};

/** The sidebar lists what main has now; an open session that was replaced is opened again from disk. */
const showImported = async (report: ImportReport) => {
  const loaded = await call('sessions:load', {});
  if (!loaded.ok) return;
  const openId = useAppStore.getState().sessions.current?.id;
  const openWasReplaced = openId !== undefined && report.replaced.includes(openId);
  useAppStore.setState((state) => ({
    sessions: {
      ...state.sessions,
      list: loaded.data.sessions,
      ...(openWasReplaced ? { current: null } : {}),
    },
  }));
  if (openWasReplaced && openId) await useAppStore.getState().openSession(openId);
};
