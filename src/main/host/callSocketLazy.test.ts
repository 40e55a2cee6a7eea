import type { IncomingMessage } from 'node:http';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CALLS_SOCKET_PATH } from '../../shared/ipc/transport';

// ws is most of the host's code: it loads once the host listens (warmUp) or with the first upgrade, not before.
describe('the calls socket’s WebSocket library', () => {
  afterEach(() => {
    vi.doUnmock('ws');
    vi.resetModules();
  });

  /** A calls socket whose `loaded` spy tells when ws was imported. */
  const watchedCallSocket = async () => {
    const loaded = vi.fn();
    vi.doMock('ws', async (importOriginal) => {
      loaded();
      return importOriginal();
    });
    const { createCallSocket } = await import('./callSocket');
    const calls = createCallSocket({
      dispatcher: { dispatch: async () => ({ ok: true, data: null }) },
      check: () => ({ ok: false, status: 403, reason: 'refused in this test' }),
      graceMs: 0,
    });
    return { loaded, calls };
  };

  it('is not loaded by creating the socket (the host does that before it listens)', async () => {
    const { loaded, calls } = await watchedCallSocket();
    expect(loaded).not.toHaveBeenCalled();
    await calls.close();
    expect(loaded).not.toHaveBeenCalled();
  });

  it('is loaded by warmUp, which the host calls once it listens, before any page asks', async () => {
    const { loaded, calls } = await watchedCallSocket();
    calls.warmUp();
    await vi.waitFor(() => expect(loaded).toHaveBeenCalledTimes(1));
    await calls.close();
  });

  it('refuses the socket with a 503 when ws cannot load, so the page makes its calls as POSTs', async () => {
    vi.doMock('ws', () => {
      throw new Error('ws is missing');
    });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { createCallSocket } = await import('./callSocket');
    const calls = createCallSocket({
      dispatcher: { dispatch: async () => ({ ok: true, data: null }) },
      check: () => ({ ok: true }),
      graceMs: 0,
    });
    const socket = new PassThrough();
    const written: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => written.push(chunk));
    const ended = new Promise((resolve) => socket.once('finish', resolve));
    calls.upgrade(
      { url: `${CALLS_SOCKET_PATH}?token=t`, headers: {} } as IncomingMessage,
      socket,
      Buffer.alloc(0),
    );
    await ended;
    expect(Buffer.concat(written).toString()).toMatch(
      /^HTTP\/1\.1 503 .*Refused: calls socket unavailable\.$/s,
    );
    expect(logged).toHaveBeenCalledWith('The calls socket could not start:', expect.any(String));
    await calls.close();
    logged.mockRestore();
  });
});
