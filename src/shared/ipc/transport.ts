/** The IPC channel name on which main pushes an event of the contract. */
export const eventChannel = (event: string): string => `event:${event}`;

/** The browser host's paths. */
export const API_PREFIX = '/api/';
export const EVENTS_PATH = '/api/events';
export const TOKEN_HEADER = 'x-playground-token';

/**
 * The browser mode's calls travel over one WebSocket to the host: a message there costs a fraction of a fetch in
 * Chromium (about 1 ms against 4–5 ms on this machine), which is most of what a call from the page cost.
 */
export const CALLS_SOCKET_PATH = '/api/socket';
/**
 * Calls whose message is longer than this go as a POST instead (with the host's per-channel body limits and their
 * `too_large` answer); the socket itself refuses frames above `CALL_FRAME_MAX_BYTES` (a UTF-16 unit is at most
 * three UTF-8 bytes).
 */
export const CALL_FRAME_MAX_CHARS = 20_000;
export const CALL_FRAME_MAX_BYTES = 3 * CALL_FRAME_MAX_CHARS;

/** A call over the socket, and its answer: the id pairs them, as several calls can be on their way at once. */
export interface CallFrame {
  id: number;
  channel: string;
  input: unknown;
  meta?: unknown;
}
export interface AnswerFrame {
  id: number;
  result: unknown;
}
