import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { APP_SCHEME, appResponseHeaders, resolveAppPath } from './appProtocol';

/** Must run before the app is ready: app:// is standard (relative URLs, an origin) and secure (like https). */
export const registerAppScheme = (): void => {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
};

/** Serves `rendererDir` on app:// (after ready); every decision is in appProtocol.ts. */
export const serveAppProtocol = (rendererDir: string): void => {
  protocol.handle(APP_SCHEME, async (request) => {
    const path = resolveAppPath(rendererDir, request.url);
    if (!path) return new Response('Not found', { status: 404 });
    try {
      return new Response(await readFile(path), { headers: appResponseHeaders(path) });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
};
