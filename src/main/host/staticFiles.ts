import { readFile } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import { contentTypeOf } from '../contentType';

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/** Reads a file below `root`, refusing any path that would leave it. `path` is already percent-decoded. */
export const readStatic = async (root: string, path: string): Promise<StaticFile | null> => {
  if (path.includes('\0')) return null;
  const resolved = normalize(join(root, path));
  if (resolved !== root && !resolved.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  try {
    const body = await readFile(resolved);
    return { body, contentType: contentTypeOf(resolved) };
  } catch {
    return null;
  }
};

/**
 * Loads the browser bridge before the app's own module script. The page holds no secret: the bridge takes the
 * call token from the address it was opened with (see src/bridges/pageToken.ts).
 */
export const injectBridge = (html: string): string => {
  const tags = `<script type="module" src="./bridge.js"></script>\n    `;
  const at = html.indexOf('<script');
  return at === -1 ? html.replace('</head>', `${tags}</head>`) : html.slice(0, at) + tags + html.slice(at);
};

/**
 * The files a page of `html` needs before it runs — its scripts, modulepreloads and stylesheets, not its icon, which
 * a browser asks for when it likes — as request paths (`./assets/a.js` → `/assets/a.js`).
 */
export const assetsNamedBy = (html: string): string[] =>
  [
    ...html.matchAll(
      /<script\b[^>]*?\ssrc="([^"]+)"|<link\b(?=[^>]*\srel="(?:modulepreload|stylesheet)")[^>]*?\shref="([^"]+)"/gi,
    ),
  ]
    .map((match) => match[1] ?? match[2] ?? '')
    .filter((path) => path.startsWith('./') || path.startsWith('/'))
    .map((path) => (path.startsWith('./') ? path.slice(1) : path));
