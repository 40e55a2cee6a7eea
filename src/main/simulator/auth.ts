import { createHash, timingSafeEqual } from 'node:crypto';
import type { ApiResponse } from './http';
import { json } from './http';

/** Which 401 bodies a route shows: the authentication guide's, or the takeover pages' plain one. */
export type AuthStyle = 'standard' | 'takeover';

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

const BEARER = /^Bearer(?:\s+(\S*))?\s*$/i;

/** Returns the 401 to send, or null when the request carries the simulator's key. */
export const checkAuthorization = (
  header: string | undefined,
  expectedKey: string,
  style: AuthStyle,
): ApiResponse | null => {
  const trimmed = header?.trim() ?? '';
  const bearer = BEARER.exec(trimmed);
  const token = trimmed === '' ? '' : bearer ? (bearer[1] ?? '') : null;
  // Comparing digests keeps the comparison constant-time whatever the lengths.
  if (token !== null && token !== '' && timingSafeEqual(digest(token), digest(expectedKey))) return null;
  if (style === 'takeover') return json(401, { error: 'Unauthorized' });
  if (token === '') {
    return json(401, {
      error: 'Missing Authorization header',
      message: 'Authorization header is required',
    });
  }
  return json(401, { error: 'Invalid API key', message: 'The provided API key is invalid or expired' });
};
