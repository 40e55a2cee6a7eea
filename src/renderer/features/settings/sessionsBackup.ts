import type { Result } from '../../../shared/result';
import { downloadSessionsJson } from '../sessions';

/** Every session through main, which refuses stored keys and, when asked, redacts secret-looking values. */
export const exportAllSessions = (
  redactSecrets: boolean,
): Promise<Result<{ fileName: string; count: number }>> => downloadSessionsJson({ redactSecrets });
