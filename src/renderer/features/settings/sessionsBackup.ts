import type { ChannelOutput } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/result';
import { call } from '../../lib/api';
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
