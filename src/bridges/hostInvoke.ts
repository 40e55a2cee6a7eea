import type { CallMeta } from '../shared/ipc/contract';
import { API_PREFIX, TOKEN_HEADER } from '../shared/ipc/transport';
import type { Result } from '../shared/result';
import type { SocketCalls } from './socketCalls';

/** Browsers keep at most 64 KiB of keepalive request bodies in flight; the rest goes as usual. */
const KEEPALIVE_MAX_BYTES = 60 * 1024;

/** What every call answers while the host process is gone: a code the renderer words, never a thrown error. */
export const hostNotAnswering = (diagnostic: string): Result<never> => ({
  ok: false,
  error: { code: 'network', reason: 'host_not_answering', diagnostic },
});

export interface HostInvokeOptions {
  token: string;
  fetch: typeof fetch;
  /** True while the page is hidden or closing: the call (the last draft) must outlive the page. */
  leaving(): boolean;
  /** The calls' WebSocket; without it (or when a call cannot go there) every call is a POST. */
  socket?: SocketCalls;
}

/**
 * The browser mode's calls to main: over the page's WebSocket to the local host process, or as one POST per call
 * with the page's token — while the page is leaving (a keepalive request outlives the page, a socket does not),
 * for a large input (the POST route words its size limit) and when no socket opens.
 */
export const createHostInvoke =
  ({ token, fetch, leaving, socket }: HostInvokeOptions) =>
  async (channel: string, input: unknown, meta?: CallMeta): Promise<Result<unknown>> => {
    if (socket && !leaving()) {
      const answer = await socket.call(channel, input, meta);
      if (answer !== 'not_sent') return answer;
    }
    try {
      const body = JSON.stringify({ input, meta });
      const response = await fetch(API_PREFIX + encodeURIComponent(channel), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
        body,
        keepalive: leaving() && body.length <= KEEPALIVE_MAX_BYTES,
      });
      if (response.status !== 200 && !response.headers.get('content-type')?.includes('json')) {
        return hostNotAnswering(`HTTP ${response.status}`);
      }
      return (await response.json()) as Result<unknown>;
    } catch (error) {
      return hostNotAnswering(String(error));
    }
  };
