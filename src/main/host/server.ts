import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import type { EventBus } from '../events';
import type { Dispatcher } from '../ipc/dispatch';
import { checkRequest, LOOPBACK_HOSTS, TOKEN_COOKIE } from './guard';
import { injectBridge, readStatic } from './staticFiles';

const MAX_BODY_BYTES = 2 * 1024 * 1024;
const HEARTBEAT_MS = 15_000;

export interface HostOptions {
  rendererDir: string;
  dispatcher: Dispatcher;
  events: Pick<EventBus, 'subscribe'>;
  host?: string;
  port?: number;
  token?: string;
}

export interface RunningHost {
  url: string;
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const securityHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const send = (
  response: ServerResponse,
  status: number,
  body: string | Buffer,
  contentType: string,
  extra = {},
) => {
  response.writeHead(status, {
    ...securityHeaders,
    'Content-Type': contentType,
    'Cache-Control': 'no-store',
    ...extra,
  });
  response.end(body);
};

const sendJson = (response: ServerResponse, status: number, value: unknown) =>
  send(response, status, JSON.stringify(value), 'application/json; charset=utf-8');

const readBody = (request: IncomingMessage): Promise<string | null> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });

/**
 * The browser mode's host: serves the built renderer on loopback and runs the same dispatcher as the Electron
 * shell, so the page gets the same `window.api` over HTTP (calls) and server-sent events (pushes).
 */
export const startHost = async (options: HostOptions): Promise<RunningHost> => {
  const bindHost = options.host ?? '127.0.0.1';
  if (!LOOPBACK_HOSTS.has(bindHost)) {
    throw new Error(`The browser host only binds to loopback (127.0.0.1), not to "${bindHost}".`);
  }
  const token = options.token ?? randomBytes(24).toString('base64url');
  const streams = new Set<ServerResponse>();
  let port = 0;

  const serveApp = async (request: IncomingMessage, response: ServerResponse, url: URL) => {
    const isPage = url.pathname === '/' || url.pathname === '/index.html';
    const verdict = checkRequest(request, port, token, {
      query: isPage ? url.searchParams.get('token') : null,
      allowCookie: true,
    });
    if (!verdict.ok)
      return send(response, verdict.status, `Refused: ${verdict.reason}.`, 'text/plain; charset=utf-8');
    const file = await readStatic(options.rendererDir, isPage ? '/index.html' : url.pathname);
    if (!file) return send(response, 404, 'Not found.', 'text/plain; charset=utf-8');
    if (!isPage)
      return send(response, 200, file.body, file.contentType, { 'Cache-Control': 'private, max-age=3600' });
    send(response, 200, injectBridge(file.body.toString('utf8'), token), file.contentType, {
      'Set-Cookie': `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
    });
  };

  const serveApi = async (request: IncomingMessage, response: ServerResponse, url: URL) => {
    if (url.pathname === '/api/events' && request.method === 'GET') {
      const verdict = checkRequest(request, port, token, { allowCookie: true });
      if (!verdict.ok) return sendJson(response, verdict.status, { error: verdict.reason });
      response.writeHead(200, {
        ...securityHeaders,
        'Content-Type': 'text/event-stream',
        'Cache-Control': 'no-store',
      });
      response.write(': connected\n\n');
      streams.add(response);
      request.on('close', () => streams.delete(response));
      return;
    }
    // Calls need the token in a header: a cookie alone would let another page's form post to us.
    const verdict = checkRequest(request, port, token, { allowCookie: false });
    if (!verdict.ok) return sendJson(response, verdict.status, { error: verdict.reason });
    if (request.method !== 'POST') return sendJson(response, 405, { error: 'POST only' });
    const raw = await readBody(request);
    if (raw === null) {
      return sendJson(response, 413, {
        ok: false,
        error: { code: 'validation', message: 'The request is too large.' },
      });
    }
    let envelope: unknown;
    try {
      envelope = JSON.parse(raw);
    } catch {
      return sendJson(response, 400, {
        ok: false,
        error: { code: 'validation', message: 'The request is not JSON.' },
      });
    }
    const { input, meta } = (envelope ?? {}) as { input?: unknown; meta?: unknown };
    const channel = decodeURIComponent(url.pathname.slice('/api/'.length));
    sendJson(response, 200, await options.dispatcher.dispatch(channel, input, meta));
  };

  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const handle = url.pathname.startsWith('/api/') ? serveApi : serveApp;
    handle(request, response, url).catch((error: unknown) => {
      console.error('Browser host request failed', error);
      if (!response.headersSent) sendJson(response, 500, { error: 'internal error' });
      else response.end();
    });
  });

  const unsubscribe = options.events.subscribe((name, payload) => {
    const frame = `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const stream of streams) stream.write(frame);
  });
  const heartbeat = setInterval(() => {
    for (const stream of streams) stream.write(': heartbeat\n\n');
  }, HEARTBEAT_MS);
  heartbeat.unref();

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, bindHost, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    async close() {
      clearInterval(heartbeat);
      unsubscribe();
      for (const stream of streams) stream.end();
      streams.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
};
