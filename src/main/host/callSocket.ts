import type { IncomingMessage } from 'node:http';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { RawData, WebSocket, WebSocketServer } from 'ws';
import { inputLimitOf } from '../../shared/ipc/channelTable';
import {
  CALL_FRAME_MAX_BYTES,
  CALLS_SOCKET_PATH,
  type AnswerFrame,
  type CallFrame,
} from '../../shared/ipc/transport';
import type { Result } from '../../shared/result';
import type { Dispatcher } from '../ipc/dispatch';
import type { GuardVerdict } from './guard';
import { parseRequestTarget } from './requestTarget';

/** Room for the frame around a channel's input: `{"id":…,"channel":…,"input":…,"meta":{"requestId":…}}`. */
const FRAME_ENVELOPE_BYTES = 4096;

/** WebSocket close codes (RFC 6455 §7.4.1). */
const GOING_AWAY = 1001;
const UNSUPPORTED_DATA = 1003;
const POLICY_VIOLATION = 1008;

export interface CallSocketOptions {
  dispatcher: Pick<Dispatcher, 'dispatch'>;
  /** The guard's verdict on an upgrade request (Host, Origin, the token in its address). */
  check(request: IncomingMessage, queryToken: string | null): GuardVerdict;
  /** How long a stopping host lets calls already on their way finish. */
  graceMs: number;
  /** Called for each socket a page opened. */
  connected?: () => void;
}

/**
 * A tab's last draft goes as a keepalive POST, which the browser sends after the page is gone (its socket closes
 * with it): a host stopping just then keeps listening this long after the last page left, so that POST arrives.
 */
export const LAST_WORDS_MS = 1000;

export interface CallSocket {
  /**
   * Loads ws now, in the background: the host calls it once it listens, so that ws is ready while the browser is
   * still fetching the page, before the bridge's socket and before main's runtime loads and holds the thread.
   */
  warmUp(): void;
  /** Takes every upgrade request of the host's server: the calls' socket is the only one it accepts. */
  upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Lets the calls on their way finish (at most `graceMs`), then closes every socket. */
  close(): Promise<void>;
  /**
   * The host starts stopping: no new socket is accepted from now on (calls on open ones still are). Answers how much
   * longer a page that just left, or is leaving (its socket is still open), may send its last call.
   */
  beginStopping(): number;
}

/** Refuses an upgrade with a plain HTTP answer: the page's WebSocket sees it fail and calls go as POSTs. */
const refuseUpgrade = (socket: Duplex, status: number, reason: string) => {
  const body = `Refused: ${reason}.`;
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Refused'}\r\nConnection: close\r\n` +
      `Content-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
};

/** The id, channel and envelope of a text frame, or null when it is not a call. */
const readFrame = (data: RawData): CallFrame | null => {
  let value: unknown;
  try {
    value = JSON.parse(data.toString());
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { id, channel, input, meta } = value as Partial<CallFrame>;
  if (!Number.isSafeInteger(id) || typeof channel !== 'string') return null;
  return { id: id as number, channel, input, meta };
};

const byteLengthOf = (data: RawData): number =>
  Array.isArray(data) ? data.reduce((sum, part) => sum + part.length, 0) : data.byteLength;

/**
 * The browser mode's calls over one WebSocket per page: the same dispatcher and the same guard as the POST route,
 * a fraction of its cost per call. A malformed frame closes that page's socket (its calls in flight answer
 * "host not answering", and the page's next call opens a new one); it never reaches the dispatcher.
 */
export const createCallSocket = ({
  dispatcher,
  check,
  graceMs,
  connected,
}: CallSocketOptions): CallSocket => {
  // ws is most of the host's code: loaded once the host listens (`warmUp`) or with the first socket, not before.
  let server: Promise<WebSocketServer> | null = null;
  const socketServer = () =>
    (server ??= import('ws').then(
      ({ WebSocketServer }) =>
        new WebSocketServer({ noServer: true, maxPayload: CALL_FRAME_MAX_BYTES + FRAME_ENVELOPE_BYTES }),
    ));
  const inFlight = new Map<WebSocket, number>();
  let closing = false;
  let drained: (() => void) | null = null;
  let lastPageLeftAt = Number.NEGATIVE_INFINITY;
  let refusingNew = false;

  const settle = (socket: WebSocket) => {
    if (closing && (inFlight.get(socket) ?? 0) === 0) socket.close(GOING_AWAY, 'host stopping');
    if (closing && [...inFlight.values()].every((count) => count === 0)) drained?.();
  };

  const answer = async (socket: WebSocket, frame: CallFrame, sizeBytes: number) => {
    const limitBytes = inputLimitOf(frame.channel);
    // The same limit per channel as the POST route, with the same answer.
    const result: Result<unknown> =
      limitBytes !== undefined && sizeBytes > limitBytes + FRAME_ENVELOPE_BYTES
        ? { ok: false, error: { code: 'too_large', reason: 'request_too_large', sizeBytes, limitBytes } }
        : // The dispatcher answers every failure with a Result; this only keeps a broken promise from ending the host.
          await dispatcher.dispatch(frame.channel, frame.input, frame.meta).catch((error: unknown) => {
            console.error(
              'Browser host call failed:',
              error instanceof Error ? error.message : String(error),
            );
            return { ok: false, error: { code: 'internal', reason: 'unexpected' } };
          });
    const reply: AnswerFrame = { id: frame.id, result };
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(reply));
  };

  const accept = (socket: WebSocket) => {
    inFlight.set(socket, 0);
    connected?.();
    // A socket's errors (a client that vanished, a frame over the limit) end that socket, never the process.
    socket.on('error', () => socket.terminate());
    socket.on('close', () => {
      lastPageLeftAt = Date.now();
      inFlight.delete(socket);
      settle(socket);
    });
    socket.on('message', (data, isBinary) => {
      if (closing) return;
      if (isBinary) return socket.close(UNSUPPORTED_DATA, 'calls are text frames');
      const frame = readFrame(data);
      if (!frame) return socket.close(POLICY_VIOLATION, 'malformed call');
      inFlight.set(socket, (inFlight.get(socket) ?? 0) + 1);
      void answer(socket, frame, byteLengthOf(data)).finally(() => {
        if (inFlight.has(socket)) inFlight.set(socket, (inFlight.get(socket) ?? 1) - 1);
        settle(socket);
      });
    });
  };

  return {
    warmUp() {
      // A failure is reported, and answered, with the first upgrade.
      socketServer().catch(() => undefined);
    },
    beginStopping() {
      refusingNew = true;
      const leftAt = inFlight.size > 0 ? Date.now() : lastPageLeftAt;
      return Math.max(0, leftAt + LAST_WORDS_MS - Date.now());
    },
    upgrade(request, socket, head) {
      socket.on('error', () => socket.destroy());
      const target = parseRequestTarget(request.url);
      if (!target) return refuseUpgrade(socket, 400, 'malformed request target');
      if (target.path !== CALLS_SOCKET_PATH) return refuseUpgrade(socket, 404, 'no socket here');
      if (closing || refusingNew) return refuseUpgrade(socket, 503, 'host stopping');
      const verdict = check(request, target.query.get('token'));
      if (!verdict.ok) return refuseUpgrade(socket, verdict.status, verdict.reason);
      socketServer().then(
        (sockets) => {
          // The host may have begun stopping, or the page gone, while ws was loading.
          if (closing || refusingNew) return refuseUpgrade(socket, 503, 'host stopping');
          if (!socket.destroyed) sockets.handleUpgrade(request, socket, head, accept);
        },
        (error: unknown) => {
          // Calls then go as POSTs, which need no socket.
          console.error('The calls socket could not start:', error instanceof Error ? error.message : error);
          refuseUpgrade(socket, 503, 'calls socket unavailable');
        },
      );
    },
    async close() {
      closing = true;
      const done = new Promise<void>((resolve) => (drained = resolve));
      for (const socket of inFlight.keys()) settle(socket);
      if ([...inFlight.values()].every((count) => count === 0)) drained?.();
      let grace: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([done, new Promise<void>((resolve) => (grace = setTimeout(resolve, graceMs)))]);
      clearTimeout(grace);
      for (const socket of inFlight.keys()) socket.terminate();
      const sockets = await server?.catch(() => null);
      await new Promise<void>((resolve) => (sockets ? sockets.close(() => resolve()) : resolve()));
    },
  };
};
