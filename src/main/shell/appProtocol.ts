import { resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { contentTypeOf } from '../contentType';

/**
 * The desktop window loads the renderer from `app://famulor/…` rather than `file://`: a standard, secure
 * scheme gives the page a real origin, no file-system reach beyond the renderer folder, and response headers
 * (the CSP among them). Pure, so that everything the shell decides here is tested where Electron is absent.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'famulor';
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

const parseAppUrl = (url: string): URL | null => {
  try {
    const parsed = new URL(url);
    const plain = parsed.username === '' && parsed.password === '' && parsed.port === '';
    return parsed.protocol === `${APP_SCHEME}:` && parsed.hostname === APP_HOST && plain ? parsed : null;
  } catch {
    return null;
  }
};

/** Whether a URL is one of the app's own pages or assets (scheme and host; `app:` URLs have no web origin). */
export const isAppProtocolUrl = (url: string): boolean => parseAppUrl(url) !== null;

/**
 * The file under `rendererDir` an `app://famulor/<path>` request names, or null: another host, an
 * undecodable path, a dot segment, a backslash or NUL, or anything that would resolve outside the folder.
 */
export const resolveAppPath = (rendererDir: string, requestUrl: string): string | null => {
  const parsed = parseAppUrl(requestUrl);
  if (!parsed) return null;
  // URL parsing folded a literal `/../`, but an encoded `%2e%2e` or `%2f` survives until it is decoded here.
  let decoded: string;
  try {
    decoded = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '.' || segment === '..' || /[\\\0]/.test(segment))) return null;
  const root = resolve(rendererDir);
  const target = resolve(root, ...(segments.length > 0 ? segments : ['index.html']));
  return target.startsWith(`${root}${sep}`) ? target : null;
};

/** Headers of every app:// response: its type, the app's CSP (a header, not only a meta tag) and no sniffing. */
export const appResponseHeaders = (path: string): Record<string, string> => ({
  'Content-Type': contentTypeOf(path),
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
});
