import type { ErrorReason } from '../../shared/errorReasons';
import { AppFailure } from '../../shared/result';
import { MAX_ID_LENGTH } from '../../shared/limits';
import { DEFAULT_BASE_URL, DEFAULT_GENERATE_REPLY_PATH } from '../../shared/domain/profile';

/** Where a profile's requests go. The generate-reply path is a setting because Famulor documents two. */
export interface ConnectionSettings {
  baseUrl: string;
  generateReplyPath: string;
}

export const DEFAULT_CONNECTION: ConnectionSettings = {
  baseUrl: DEFAULT_BASE_URL,
  generateReplyPath: DEFAULT_GENERATE_REPLY_PATH,
};

export type QueryValue = string | number | null | undefined;

export interface ResolvedUrl {
  /** The absolute URL the request goes to. */
  url: string;
  /** The same without the base URL, as the raw view shows it. */
  path: string;
}

// Plain http would expose the key on the wire; only the local simulator may use it.
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const CONFIGURED_PATH = /^(\/[A-Za-z0-9._~-]+)+$/;

const invalidConnection = (reason: ErrorReason) => new AppFailure({ code: 'validation', reason });

const parseBaseUrl = (baseUrl: string): URL => {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw invalidConnection('base_url_invalid');
  }
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
  if (!secure) throw invalidConnection('base_url_insecure');
  if (url.username || url.password || url.search || url.hash) {
    throw invalidConnection('base_url_has_extras');
  }
  return url;
};

/** Checks a path from the settings (the generate-reply path) so it cannot climb out of the base URL. */
export const configuredPath = (path: string): string => {
  const segments = path.split('/').slice(1);
  if (!CONFIGURED_PATH.test(path) || segments.some((segment) => segment === '.' || segment === '..')) {
    throw invalidConnection('generate_reply_path_invalid');
  }
  return path;
};

/**
 * Encodes an id for use as one path segment. Encoding keeps "/", "?", "#" and "://" inside the segment;
 * "." and ".." are refused because URL parsing would resolve them against the base path.
 */
export const pathSegment = (value: string, what: string): string => {
  if (value.length === 0 || value.length > MAX_ID_LENGTH || value === '.' || value === '..') {
    // The value is not echoed: whatever a user pasted here (even a key) must not spread into messages.
    throw new AppFailure({
      code: 'validation',
      reason: 'id_unusable',
      params: { what },
    });
  }
  return encodeURIComponent(value);
};

/** Joins the base URL and a documented path; the result is verified to stay under the base URL. */
export const resolveUrl = (
  connection: ConnectionSettings,
  path: string,
  query: Record<string, QueryValue> = {},
): ResolvedUrl => {
  const base = parseBaseUrl(connection.baseUrl);
  const basePath = base.pathname.replace(/\/+$/, '');
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
  }
  const search = params.size > 0 ? `?${params.toString()}` : '';
  const url = new URL(`${base.origin}${basePath}${path}${search}`);
  if (url.origin !== base.origin || !url.pathname.startsWith(`${basePath}/`)) {
    throw invalidConnection('request_path_escapes');
  }
  return { url: url.toString(), path: `${path}${search}` };
};
