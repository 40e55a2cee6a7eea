import type { CallMeta } from '../shared/ipc/contract';
import { CALL_FRAME_MAX_CHARS, type AnswerFrame, type CallFrame } from '../shared/ipc/transport';
import type { Result } from '../shared/result';

/** What of a WebSocket the calls use: the browser's own, or the `ws` package's in Node tests. */
export type CallSocketLike = Pick<WebSocket, 'send' | 'readyState' | 'addEventListener'>;

/** WebSocket.OPEN: a socket in any other state drops what it is given without a word. */
const OPEN = 1;

/** `not_sent`: nothing left the page (the frame is too big, or no socket opens); the caller may send it another way. */
export type SocketAnswer = Result<unknown> | 'not_sent';

export interface SocketCalls {
  /** Opens the socket now, so that its handshake overlaps the app's loading instead of the first call. */
  connect(): void;
  call(channel: string, input: unknown, meta: CallMeta | undefined): Promise<SocketAnswer>;
}

interface Connection {
  socket: CallSocketLike;
  pending: Map<number, (result: Result<unknown>) => void>;
}

/**
 * The browser mode's calls over one WebSocket to the host. A call whose socket closes before it was answered
 * answers "host not answering" and is never sent again: the host may have run it, and a billed message must not go
 * twice. The next call opens a new socket.
 */
export const createSocketCalls = (
  open: () => CallSocketLike,
  notAnswering: (diagnostic: string) => Result<never>,
): SocketCalls => {
  let connecting: Promise<Connection | null> | null = null;
  let nextId = 1;

  const connect = (): Promise<Connection | null> => {
    connecting ??= new Promise((resolve) => {
      let socket: CallSocketLike;
      try {
        socket = open();
      } catch {
        // An address the browser refuses outright (a page served from somewhere odd): the calls go as POSTs.
        connecting = null;
        return resolve(null);
      }
      const connection: Connection = { socket, pending: new Map() };
      let isOpen = false;
      connection.socket.addEventListener('open', () => {
        isOpen = true;
        resolve(connection);
      });
      connection.socket.addEventListener('message', (event) => {
        let frame: AnswerFrame;
        try {
          frame = JSON.parse(String(event.data)) as AnswerFrame;
        } catch {
          return;
        }
        connection.pending.get(frame.id)?.(frame.result as Result<unknown>);
        connection.pending.delete(frame.id);
      });
      connection.socket.addEventListener('close', (event) => {
        connecting = null;
        if (!isOpen) return resolve(null);
        for (const settle of connection.pending.values())
          settle(notAnswering(`socket closed (${event.code}) before the answer`));
        connection.pending.clear();
      });
    });
    return connecting;
  };

  return {
    connect: () => void connect(),
    async call(channel, input, meta) {
      const id = nextId++;
      const frame: CallFrame = { id, channel, input, meta };
      const text = JSON.stringify(frame);
      if (text.length > CALL_FRAME_MAX_CHARS) return 'not_sent';
      const connection = await connect();
      // A socket that closed since it opened has taken nothing of this call: the next call opens a new one.
      if (!connection || connection.socket.readyState !== OPEN) return 'not_sent';
      return new Promise<Result<unknown>>((resolve) => {
        connection.pending.set(id, resolve);
        connection.socket.send(text);
      });
    },
  };
};
