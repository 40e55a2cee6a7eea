import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { inputLimitOf } from '../../shared/ipc/channelTable';
import { API_PREFIX, EVENTS_PATH } from '../../shared/ipc/transport';
import { DEFAULT_MAX_INPUT_BYTES } from '../../shared/limits';
import type { EventBus } from '../events';
import type { Dispatcher } from '../ipc/dispatch';
import { readBody } from './body';
import { createCallSocket } from './callSocket';
import { assetCookieName, checkRequest, LOOPBACK_HOSTS, type HostSecrets } from './guard';
import { parseRequestTarget, type RequestTarget } from './requestTarget';
import { assetsNamedBy, injectBridge, readStatic } from './staticFiles';

/** Room for the envelope around a channel's input: `{"input":…,"meta":{"requestId":…}}`. */
const ENVELOPE_BYTES = 4096;
const HEARTBEAT_MS = 15_000;
/** The page sends small headers at once; a client that takes longer is holding a socket, not loading. */
const HEADERS_TIMEOUT_MS = 10_000;
/** The largest body the page sends crosses loopback in well under a second; this leaves room for a slow disk. */
const REQUEST_TIMEOUT_MS = 60_000;

export interface HostOptions {
  rendererDir: string;
  dispatcher: Dispatcher;
  events: Pick<EventBus, 'subscribe'>;
  host?: string;
  port?: number;
  token?: string;
  /**
   * Called when a page has been sent every file its HTML names, and when it opens its calls' socket: the browser
   * host loads main's runtime then, not while the page's own files wait behind it (deferredRuntime.ts).
   */
  pageArrived?: () => void;
  /** How long a client may take to send its headers, and its whole request (tests shorten them). */
  headersTimeoutMs?: number;
  requestTimeoutMs?: number;
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

/** A refused call still answers with a Result, so the page shows an error instead of misreading the answer. */
const refuseCall = (response: ServerResponse, status: number, reason: string) =>
  sendJson(response, status, {
    ok: false,
    error: {
      code: status === 401 ? 'unauthorized' : 'forbidden',
      reason: 'host_refused',
      diagnostic: `Refused: ${reason}.`,
      status,
    },
  });

/** How long a stopping host lets calls already on their way finish. */
export const CLOSE_GRACE_MS = 2000;

/**
 * The browser mode's host: serves the built renderer on loopback and runs the same dispatcher as the Electron
 * shell, so the page gets the same `window.api` over a WebSocket or HTTP (calls) and server-sent events (pushes).
 */
export const startHost = async (options: HostOptions): Promise<RunningHost> => {
  const bindHost = options.host ?? '127.0.0.1';
  if (!LOOPBACK_HOSTS.has(bindHost)) {
    throw new Error(`The browser host only binds to loopback (127.0.0.1), not to "${bindHost}".`);
  }
  const token = options.token ?? randomBytes(24).toString('base64url');
  const secrets: HostSecrets = { callToken: token, assetSecret: randomBytes(24).toString('base64url') };
  const streams = new Set<ServerResponse>();
  let port = 0;
  /** What the first page served still has to fetch; null until a page was served. */
  let firstLoad: Set<string> | null = null;
  /** Files being sent now, and whether an opened socket waits for them to be sent before saying so. */
  let filesOnTheirWay = 0;
  let socketWaiting = false;
  const served = (path: string) => {
    if (firstLoad?.delete(path) && firstLoad.size === 0) options.pageArrived?.();
  };
  const fileDone = () => {
    filesOnTheirWay -= 1;
    if (filesOnTheirWay > 0 || !socketWaiting) return;
    socketWaiting = false;
    options.pageArrived?.();
  };
  // The bridge opens its socket as soon as it runs, before the app's larger scripts have arrived: the runtime's
  // loading holds this thread, so it waits until they were sent (at once for a page whose files the browser kept).
  const socketOpened = () => {
    if (filesOnTheirWay > 0) socketWaiting = true;
    else options.pageArrived?.();
  };

  const serveApp = async (request: IncomingMessage, response: ServerResponse, target: RequestTarget) => {
    const isPage = target.path === '/' || target.path === '/index.html';
    const verdict = checkRequest(
      request,
      port,
      secrets,
      isPage ? 'page' : 'asset',
      target.query.get('token'),
    );
    if (!verdict.ok)
      return send(response, verdict.status, `Refused: ${verdict.reason}.`, 'text/plain; charset=utf-8');
    const file = await readStatic(options.rendererDir, isPage ? '/index.html' : target.path);
    if (!file) return send(response, 404, 'Not found.', 'text/plain; charset=utf-8');
    if (!isPage) {
      // Counted once handed whole to the system: the runtime's loading holds this thread, and would hold back
      // the rest of a large file still waiting for the page to read it.
      filesOnTheirWay += 1;
      response.once('close', fileDone);
      response.once('finish', () => served(target.path));
      return send(response, 200, file.body, file.contentType, { 'Cache-Control': 'private, max-age=3600' });
    }
    const html = injectBridge(file.body.toString('utf8'));
    firstLoad ??= new Set(assetsNamedBy(html));
    send(response, 200, html, file.contentType, {
      'Set-Cookie': `${assetCookieName(port)}=${secrets.assetSecret}; HttpOnly; SameSite=Strict; Path=/`,
    });
  };

  const serveApi = async (request: IncomingMessage, response: ServerResponse, target: RequestTarget) => {
    if (target.path === EVENTS_PATH && request.method === 'GET') {
      const verdict = checkRequest(request, port, secrets, 'events', target.query.get('token'));
      if (!verdict.ok) return refuseCall(response, verdict.status, verdict.reason);
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
    const verdict = checkRequest(request, port, secrets, 'call', null);
    if (!verdict.ok) return refuseCall(response, verdict.status, verdict.reason);
    if (request.method !== 'POST') return refuseCall(response, 405, 'calls are POST only');
    const channel = target.path.slice(API_PREFIX.length);
    const limitBytes = inputLimitOf(channel) ?? DEFAULT_MAX_INPUT_BYTES;
    const body = await readBody(request, limitBytes + ENVELOPE_BYTES);
    if (body.kind === 'too_large') {
      return sendJson(response, 413, {
        ok: false,
        error: {
          code: 'too_large',
          reason: 'request_too_large',
          sizeBytes: body.sizeBytes,
          limitBytes,
        },
      });
    }
    if (body.kind === 'not_utf8') {
      return sendJson(response, 400, {
        ok: false,
        error: { code: 'validation', reason: 'request_not_utf8' },
      });
    }
    let envelope: unknown;
    try {
      envelope = JSON.parse(body.text);
    } catch {
      return sendJson(response, 400, {
        ok: false,
        error: { code: 'validation', reason: 'request_not_json' },
      });
    }
    const { input, meta } = (envelope ?? {}) as { input?: unknown; meta?: unknown };
    sendJson(response, 200, await options.dispatcher.dispatch(channel, input, meta));
  };

  const route = async (request: IncomingMessage, response: ServerResponse) => {
    const target = parseRequestTarget(request.url);
    if (!target)
      return send(response, 400, 'Refused: malformed request target.', 'text/plain; charset=utf-8');
    await (target.path.startsWith(API_PREFIX) ? serveApi : serveApp)(request, response, target);
  };

  const server: Server = createServer(
    {
      headersTimeout: options.headersTimeoutMs ?? HEADERS_TIMEOUT_MS,
      requestTimeout: options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
      // Node checks both timeouts only this often (30 s by default, which let a stalled client stay ~83 s).
      connectionsCheckingInterval: Math.min(1000, options.headersTimeoutMs ?? HEADERS_TIMEOUT_MS),
    },
    (request, response) => {
      // One request must never end the process: whatever a route throws is answered here, never rethrown.
      route(request, response).catch((error: unknown) => {
        // A client that went away mid-request is not a failure of the host.
        if (!request.destroyed)
          console.error(
            'Browser host request failed:',
            error instanceof Error ? error.message : String(error),
          );
        if (!response.headersSent) sendJson(response, 500, { error: 'internal error' });
        else response.end();
      });
    },
  );

  const calls = createCallSocket({
    dispatcher: options.dispatcher,
    check: (request, queryToken) => checkRequest(request, port, secrets, 'socket', queryToken),
    graceMs: CLOSE_GRACE_MS,
    connected: socketOpened,
  });
  server.on('upgrade', calls.upgrade);

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
  calls.warmUp();
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    async close() {
      const lastWordsMs = calls.beginStopping();
      if (lastWordsMs > 0) await new Promise((resolve) => setTimeout(resolve, lastWordsMs));
      clearInterval(heartbeat);
      unsubscribe();
      for (const stream of streams) stream.end();
      streams.clear();
      // Calls already on their way finish (the last draft a closing tab sent); idle connections go at once, and
      // whatever still hangs after the grace time is cut off.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const grace = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
      await Promise.all([closed, calls.close()]);
      clearTimeout(grace);
    },
  };
};
