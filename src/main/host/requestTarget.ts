/** What the host routes on: the decoded path and the query of a request target. */
export interface RequestTarget {
  /** Percent-decoded, so `/api/app%3Ainfo` and `/api/app:info` name the same channel. */
  path: string;
  query: URLSearchParams;
}

/**
 * Parses a request target in origin form (`/path?query`) only. Anything else — `//host`, `http://…`, `*`,
 * a backslash, a malformed or non-UTF-8 `%` escape — is refused with null, so no route sees it and nothing
 * here can throw (`new URL()` on `//` once took the process down).
 */
export const parseRequestTarget = (raw: string | undefined): RequestTarget | null => {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\')) return null;
  const at = raw.indexOf('?');
  const encodedPath = at === -1 ? raw : raw.slice(0, at);
  let path: string;
  try {
    path = decodeURIComponent(encodedPath);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  return { path, query: new URLSearchParams(at === -1 ? '' : raw.slice(at + 1)) };
};
