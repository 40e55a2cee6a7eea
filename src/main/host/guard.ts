import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { TOKEN_HEADER } from '../../shared/ipc/transport';

export const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);

/**
 * Cookies are not bound to a port: every server on 127.0.0.1 receives this one. So it only ever opens the
 * page and its assets (which hold nothing secret) and is a secret of its own, never the call token. Its name
 * carries the port so that two hosts on one machine do not overwrite each other's.
 */
export const assetCookieName = (port: number): string => `playground_assets_${port}`;

/** The host's two secrets of this launch. */
export interface HostSecrets {
  /** Opens the page (in its address, once) and authorizes every call and the event stream. */
  callToken: string;
  /** The asset cookie's value. */
  assetSecret: string;
}

/**
 * - `page`: the index, with the call token in its address (first load) or the asset cookie (a reload);
 * - `asset`: a file of the built renderer, with the asset cookie;
 * - `call`: POST /api/<channel>, with the call token in a header and proof that the page itself sent it;
 * - `events`: the server-sent event stream, with the call token in its address (EventSource cannot set
 *   headers) and the same proof;
 * - `socket`: the calls' WebSocket, likewise (a WebSocket cannot set headers either, and no CORS check stands
 *   between another page and a socket: only the token and the Origin keep them out).
 */
export type Access = 'page' | 'asset' | 'call' | 'events' | 'socket';

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

const sameOriginOf = (origin: string, hosts: Set<string>): boolean =>
  origin.startsWith('http://') && hosts.has(origin.slice('http://'.length));

/**
 * Whether a browser says this request comes from our own page. Chromium sends `Origin` with every POST and
 * `Sec-Fetch-Site` with every request to loopback; a plain HTTP client can forge both, but then it needs the
 * call token, which no other server ever sees.
 */
const provesSameOrigin = (request: IncomingMessage, hosts: Set<string>): boolean => {
  const { origin } = request.headers;
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') return false;
  return site === 'same-origin' || (origin !== undefined && sameOriginOf(origin, hosts));
};

/**
 * Refuses requests that did not come from the page this host served: a foreign Host (DNS rebinding), a foreign
 * Origin (another site posting to us), and anything without the secret its kind of access needs.
 */
export const checkRequest = (
  request: IncomingMessage,
  port: number,
  secrets: HostSecrets,
  access: Access,
  queryToken: string | null,
): GuardVerdict => {
  const hosts = allowedHosts(port);
  const host = request.headers.host;
  if (!host || !hosts.has(host)) return { ok: false, status: 421, reason: 'foreign Host header' };
  const origin = request.headers.origin;
  if (origin !== undefined && !sameOriginOf(origin, hosts))
    return { ok: false, status: 403, reason: 'foreign Origin' };
  const cookie = readCookie(request, assetCookieName(port));
  switch (access) {
    case 'page':
      return sameToken(secrets.callToken, queryToken) || sameToken(secrets.assetSecret, cookie)
        ? { ok: true }
        : { ok: false, status: 401, reason: 'missing or wrong token' };
    case 'asset':
      return sameToken(secrets.assetSecret, cookie)
        ? { ok: true }
        : { ok: false, status: 401, reason: 'missing or wrong token' };
    case 'call':
    case 'events':
    case 'socket': {
      const header = request.headers[TOKEN_HEADER];
      const given = access === 'call' ? (typeof header === 'string' ? header : undefined) : queryToken;
      if (!sameToken(secrets.callToken, given))
        return { ok: false, status: 401, reason: 'missing or wrong token' };
      if (!provesSameOrigin(request, hosts)) return { ok: false, status: 403, reason: 'not from this page' };
      return { ok: true };
    }
  }
};
