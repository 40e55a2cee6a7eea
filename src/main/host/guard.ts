import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { TOKEN_HEADER } from '../../shared/ipc/transport';

export const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);
export const TOKEN_COOKIE = 'playground_token';

export type GuardVerdict = { ok: true } | { ok: false; status: number; reason: string };

const allowedHosts = (port: number): Set<string> =>
  new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);

export const sameToken = (expected: string, given: string | undefined | null): boolean => {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
};

export const readCookie = (request: IncomingMessage, name: string): string | undefined => {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
};

/**
 * Refuses requests that did not come from the page this host served: a foreign Host (DNS rebinding), a foreign
 * Origin (another site posting to us), and anything without this launch's token.
 */
export const checkRequest = (
  request: IncomingMessage,
  port: number,
  token: string,
  acceptedTokenSources: { query?: string | null; allowCookie: boolean },
): GuardVerdict => {
  const hosts = allowedHosts(port);
  const host = request.headers.host;
  if (!host || !hosts.has(host)) return { ok: false, status: 421, reason: 'foreign Host header' };
  const origin = request.headers.origin;
  if (origin !== undefined && !hosts.has(origin.replace(/^http:\/\//, '')))
    return { ok: false, status: 403, reason: 'foreign Origin' };
  if (origin !== undefined && !origin.startsWith('http://'))
    return { ok: false, status: 403, reason: 'foreign Origin' };
  const header = request.headers[TOKEN_HEADER];
  const fromHeader = typeof header === 'string' ? header : undefined;
  const candidates = [fromHeader, acceptedTokenSources.query ?? undefined];
  if (acceptedTokenSources.allowCookie) candidates.push(readCookie(request, TOKEN_COOKIE));
  if (!candidates.some((candidate) => sameToken(token, candidate)))
    return { ok: false, status: 401, reason: 'missing or wrong token' };
  return { ok: true };
};
