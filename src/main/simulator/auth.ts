import { createHash, timingSafeEqual } from 'node:crypto';
import type { ApiResponse } from './http';
import { json } from './http';

/** Which 401 bodies a route shows: the authentication guide's, or the takeover pages' plain one. */
export type AuthStyle = 'standard' | 'takeover';

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

const BEARER = /^Bearer(?:\s+(\S*))?\s*$/i;

/** The simulated account's keys: the ordinary API key and the Automate API key. */
export interface AccountKeys {
  apiKey: string;
  automateKey: string;
  /** Whether the takeover routes also take the ordinary API key (see `acceptedKeys`). */
  takeoverAcceptsApiKey: boolean;
}

/**
 * The keys a route takes. Famulor's takeover pages (en/de api-reference/conversations/disable-ai.mdx and
 * enable-ai.mdx) say both endpoints require "your Automate API key" as the Bearer token, so the twin takes the
 * account's Automate key there and, by default, nothing else. Their own examples and Famulor's MCP server send the
 * ordinary API key instead, so an account may well accept it: `takeoverAcceptsApiKey` turns that on, and the
 * client's fallback to the API key is tested against both answers. Nothing documents the Automate key on any
 * other endpoint, so every other route takes the API key only.
 */
export const acceptedKeys = (keys: AccountKeys, style: AuthStyle): string[] =>
  style !== 'takeover'
    ? [keys.apiKey]
    : keys.takeoverAcceptsApiKey
      ? [keys.automateKey, keys.apiKey]
      : [keys.automateKey];

/** Returns the 401 to send, or null when the request carries one of the keys the route takes. */
export const checkAuthorization = (
  header: string | undefined,
  accepted: readonly string[],
  style: AuthStyle,
): ApiResponse | null => {
  const trimmed = header?.trim() ?? '';
  const bearer = BEARER.exec(trimmed);
  const token = trimmed === '' ? '' : bearer ? (bearer[1] ?? '') : null;
  // Comparing digests keeps the comparison constant-time whatever the lengths.
  const matches = (key: string) => token !== null && timingSafeEqual(digest(token), digest(key));
  if (token !== null && token !== '' && accepted.some(matches)) return null;
  if (style === 'takeover') return json(401, { error: 'Unauthorized' });
  if (token === '') {
    return json(401, {
      error: 'Missing Authorization header',
      message: 'Authorization header is required',
    });
  }
  return json(401, { error: 'Invalid API key', message: 'The provided API key is invalid or expired' });
};
