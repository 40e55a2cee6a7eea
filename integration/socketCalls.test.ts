import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { CALL_FRAME_MAX_CHARS, CALLS_SOCKET_PATH } from '../src/shared/ipc/transport';
import type { Handlers } from '../src/main/ipc/handlerTypes';
import { startTestHost, type TestHost } from '../src/main/testing/hostTestKit';
import { createHostInvoke, hostNotAnswering } from '../src/bridges/hostInvoke';
import { createSocketCalls, type CallSocketLike } from '../src/bridges/socketCalls';

/**
 * The page's side against a real host: `ws` stands in for the browser's WebSocket (Node 20 has none). `open` is
 * how the page makes its socket; by default a `ws` to the host with `token`.
 */
const pageOf = (t: TestHost, token = t.host.token, open?: () => CallSocketLike) => {
  const sockets: WebSocket[] = [];
  const posts: string[] = [];
  const openWs = () => {
    const socket = new WebSocket(`ws://${t.hostHeader}${CALLS_SOCKET_PATH}?token=${token}`, {
      origin: `http://${t.hostHeader}`,
    });
    // A browser's WebSocket reports a failed handshake as an event and then closes; `ws` would throw it.
    socket.on('error', () => {});
    sockets.push(socket);
    return socket as unknown as CallSocketLike;
  };
  const calls = createSocketCalls(open ?? openWs, hostNotAnswering);
  let leaving = false;
  const invoke = createHostInvoke({
    token,
    socket: calls,
    leaving: () => leaving,
    fetch: (input, init) => {
      posts.push(String(input));
      return fetch(new URL(String(input), `http://${t.hostHeader}`), {
        ...init,
        headers: { ...(init?.headers as Record<string, string>), origin: `http://${t.hostHeader}` },
      });
    },
  });
  return { calls, invoke, sockets, posts, leave: () => (leaving = true) };
};

describe('calls from the browser page over the host’s socket', () => {
  let t: TestHost | null = null;
  afterEach(async () => {
    await t?.close();
    t = null;
  });

  it('sends calls over one socket, several on their way at once, each answered with its own Result', async () => {
    t = await startTestHost();
    const page = pageOf(t);
    const created = await page.invoke('sessions:create', { name: 'Over the socket' });
    expect(created).toMatchObject({ ok: true, data: { name: 'Over the socket' } });
    const [info, list] = await Promise.all([page.invoke('app:info', {}), page.invoke('sessions:load', {})]);
    expect(info).toMatchObject({ ok: true, data: { mode: 'browser' } });
    expect(list).toMatchObject({ ok: true, data: { sessions: [{ name: 'Over the socket' }] } });
    expect(page.sockets).toHaveLength(1);
    expect(page.posts).toEqual([]);
  });

  it('answers "host not answering" when the socket drops before the answer, and never sends the call again', async () => {
    let runs = 0;
    let release: () => void = () => {};
    t = await startTestHost({
      wrapHandlers: (handlers: Handlers) => ({
        ...handlers,
        'sessions:create': async (...args) => {
          runs += 1;
          await new Promise<void>((resolve) => (release = resolve));
          return handlers['sessions:create'](...args);
        },
      }),
    });
    const page = pageOf(t);
    const answer = page.invoke('sessions:create', { name: 'Sent once' });
    await expect.poll(() => runs).toBe(1);
    page.sockets[0]?.terminate();
    expect(await answer).toMatchObject({
      ok: false,
      error: { code: 'network', reason: 'host_not_answering' },
    });
    release();

    // The next call opens a new socket; the dropped one was not repeated over it or as a POST.
    expect(await page.invoke('app:info', {})).toMatchObject({ ok: true });
    expect(page.sockets).toHaveLength(2);
    expect(page.posts).toEqual([]);
    expect(runs).toBe(1);
  });

  it('posts a call whose frame is over the socket’s limit, and gets the host’s own answer to it', async () => {
    t = await startTestHost();
    const page = pageOf(t);
    const name = 'n'.repeat(CALL_FRAME_MAX_CHARS);
    expect(await page.calls.call('sessions:create', { name }, undefined)).toBe('not_sent');
    const answer = await page.invoke('sessions:create', { name });
    expect(answer).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(page.posts).toEqual(['/api/sessions%3Acreate']);
  });

  it('posts while the page is leaving: a keepalive request outlives the page, a socket does not', async () => {
    t = await startTestHost();
    const page = pageOf(t);
    page.leave();
    expect(await page.invoke('app:info', {})).toMatchObject({ ok: true });
    expect(page.posts).toEqual(['/api/app%3Ainfo']);
  });

  it('posts when the browser refuses to make a socket at all, and answers with a Result, not a thrown error', async () => {
    t = await startTestHost();
    const page = pageOf(t, t.host.token, () => {
      throw new DOMException('The URL is invalid.', 'SyntaxError');
    });
    expect(await page.invoke('app:info', {})).toMatchObject({ ok: true });
    expect(page.posts).toEqual(['/api/app%3Ainfo']);
  });

  it('falls back to a POST when no socket opens, which then says why the host refused', async () => {
    t = await startTestHost();
    const page = pageOf(t, 'wrong-token');
    expect(await page.invoke('app:info', {})).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(page.posts).toEqual(['/api/app%3Ainfo']);
  });
});
