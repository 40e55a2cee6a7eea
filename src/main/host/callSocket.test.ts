import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { CALL_FRAME_MAX_BYTES, CALLS_SOCKET_PATH } from '../../shared/ipc/transport';
import { send, startTestHost, type TestHost } from '../testing/hostTestKit';
import type { Handlers } from '../ipc/handlerTypes';

/** Opens the calls' socket as a page would (its own Origin, the token in the address), or says why not. */
const openSocket = (
  t: TestHost,
  options: { token?: string; origin?: string; host?: string; path?: string; cookie?: string } = {},
) =>
  new Promise<{ socket: WebSocket } | { refused: number }>((resolve, reject) => {
    const path = options.path ?? CALLS_SOCKET_PATH;
    const socket = new WebSocket(
      `ws://127.0.0.1:${t.host.port}${path}?token=${encodeURIComponent(options.token ?? t.host.token)}`,
      {
        origin: options.origin ?? `http://${t.hostHeader}`,
        headers: {
          ...(options.host ? { host: options.host } : {}),
          ...(options.cookie ? { cookie: options.cookie } : {}),
        },
      },
    );
    socket.once('open', () => resolve({ socket }));
    socket.once('unexpected-response', (_request, response) => {
      resolve({ refused: response.statusCode ?? 0 });
      socket.terminate();
    });
    socket.once('error', (error) => {
      if (socket.readyState !== socket.CLOSED) reject(error);
    });
  });

const opened = async (t: TestHost) => {
  const outcome = await openSocket(t);
  if (!('socket' in outcome)) throw new Error(`socket refused with ${outcome.refused}`);
  return outcome.socket;
};

const nextAnswer = (socket: WebSocket) =>
  new Promise<{ id: number; result: { ok: boolean; data?: unknown; error?: unknown } }>((resolve) =>
    socket.once('message', (data) => resolve(JSON.parse(String(data)))),
  );

const closeCode = (socket: WebSocket) =>
  new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));

describe('the browser host’s calls socket', () => {
  let t: TestHost | null = null;
  afterEach(async () => {
    await t?.close();
    t = null;
  });

  it('answers a call with the same Result as the POST route, paired by its id', async () => {
    t = await startTestHost();
    const socket = await opened(t);
    const answer = nextAnswer(socket);
    socket.send(JSON.stringify({ id: 7, channel: 'app:info', input: {} }));
    const posted = await send(t.host.port, '/api/app%3Ainfo', {
      method: 'POST',
      headers: t.callHeaders,
      body: JSON.stringify({ input: {} }),
    });
    expect(await answer).toEqual({ id: 7, result: JSON.parse(posted.body) });
    expect((await answer).result.ok).toBe(true);
    socket.close();
  });

  it('says when a page opened its socket (the browser host loads main’s runtime then), not for a refused one', async () => {
    let connected = 0;
    t = await startTestHost({ pageArrived: () => (connected += 1) });
    await openSocket(t, { token: 'guessed' });
    expect(connected).toBe(0);
    (await opened(t)).close();
    expect(connected).toBe(1);
  });

  it.each([
    ['no token', { token: '' }, 401],
    ['the wrong token', { token: 'guessed' }, 401],
    ['a foreign Origin (another local page), even with the token', { origin: 'http://127.0.0.1:1' }, 403],
    ['a foreign Host (DNS rebinding), even with the token', { host: 'evil.example:80' }, 421],
    ['a path that is not the socket', { path: '/api/app:info' }, 404],
  ])('refuses an upgrade with %s', async (_name, options, status) => {
    t = await startTestHost();
    expect(await openSocket(t, options)).toEqual({ refused: status });
    expect(t.handlerErrors).toEqual([]);
  });

  it.each([
    ['a frame that is not JSON', 'not json', 1008],
    ['a call without an id', JSON.stringify({ channel: 'app:info', input: {} }), 1008],
    ['a binary frame', Buffer.from('{"id":1,"channel":"app:info"}'), 1003],
    ['a frame over the limit', 'x'.repeat(CALL_FRAME_MAX_BYTES + 8192), 1009],
  ])('closes the socket that sent %s, and keeps answering others', async (_name, frame, code) => {
    t = await startTestHost();
    const bad = await opened(t);
    const closed = closeCode(bad);
    bad.send(frame);
    expect(await closed).toBe(code);

    const good = await opened(t);
    const answer = nextAnswer(good);
    good.send(JSON.stringify({ id: 1, channel: 'app:info', input: {} }));
    expect((await answer).result.ok).toBe(true);
    good.close();
    expect(t.handlerErrors).toEqual([]);
  });

  it('refuses an upgrade with only the asset cookie: every local page on 127.0.0.1 is sent that', async () => {
    t = await startTestHost();
    const page = await send(t.host.port, `/?token=${t.host.token}`, { headers: { host: t.hostHeader } });
    const cookie = String(page.headers['set-cookie']).split(';')[0] ?? '';
    expect(cookie).toMatch(/^playground_assets_\d+=/);
    expect(await openSocket(t, { token: '', cookie })).toEqual({ refused: 401 });
  });

  it('refuses an unknown channel and invalid input with a Result, as the POST route does', async () => {
    t = await startTestHost();
    const socket = await opened(t);
    const unknown = nextAnswer(socket);
    socket.send(JSON.stringify({ id: 1, channel: 'shell:run', input: {} }));
    expect((await unknown).result).toMatchObject({ ok: false, error: { reason: 'unknown_channel' } });
    const invalid = nextAnswer(socket);
    socket.send(JSON.stringify({ id: 2, channel: 'sessions:get', input: { id: 42 } }));
    expect((await invalid).result).toMatchObject({ ok: false, error: { code: 'validation' } });
    socket.close();
  });

  it('lets a call on its way finish when the host stops, then closes the socket as going away', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    t = await startTestHost({
      wrapHandlers: (handlers: Handlers) => ({
        ...handlers,
        'app:info': async (...args) => {
          await held;
          return handlers['app:info'](...args);
        },
      }),
    });
    const socket = await opened(t);
    const answer = nextAnswer(socket);
    const closed = closeCode(socket);
    socket.send(JSON.stringify({ id: 3, channel: 'app:info', input: {} }));
    await new Promise((resolve) => setTimeout(resolve, 50));

    const stopping = t.host.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Refused in words (503), not by a listener already gone: a closed tab's last POST still reaches it.
    expect(await openSocket(t)).toEqual({ refused: 503 });
    release();
    expect((await answer).result.ok).toBe(true);
    expect(await closed).toBe(1001);
    await stopping;
    await t.services.close();
    t = null;
  });
});
