import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

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
    return { body, contentType: CONTENT_TYPES[extname(resolved)] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
};

/**
 * Loads the browser bridge before the app's own module script. The page holds no secret: the bridge takes the
 * call token from the address it was opened with (see src/preload/pageToken.ts).
 */
export const injectBridge = (html: string): string => {
  const tags = `<script type="module" src="./bridge.js"></script>\n    `;
  const at = html.indexOf('<script');
  return at === -1 ? html.replace('</head>', `${tags}</head>`) : html.slice(0, at) + tags + html.slice(at);
};
