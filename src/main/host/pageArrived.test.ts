import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { CALLS_SOCKET_PATH } from '../../shared/ipc/transport';
import { send, startTestHost, type TestHost } from '../testing/hostTestKit';
import { assetsNamedBy } from './staticFiles';

const INDEX = `<!doctype html><html><head>
<script type="module" crossorigin src="./assets/index-a1.js"></script>
<link rel="modulepreload" crossorigin href="./assets/shared-b2.js">
<link rel="stylesheet" crossorigin href="./assets/index-c3.css">
<link rel="icon" type="image/svg+xml" href="./assets/icon-d4.svg">
</head><body><div id="root"></div></body></html>`;

const rendererWith = (files: Record<string, string>) => {
  const dir = mkdtempSync(join(tmpdir(), 'renderer-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
};

describe('assetsNamedBy', () => {
  it('names the scripts, modulepreloads and stylesheets a page loads, as request paths, not its icon', () => {
    expect(assetsNamedBy(INDEX)).toEqual([
      '/assets/index-a1.js',
      '/assets/shared-b2.js',
      '/assets/index-c3.css',
    ]);
  });
});

describe('the browser host telling when a page has arrived', () => {
  let t: TestHost | null = null;
  afterEach(async () => {
    await t?.close();
    t = null;
  });

  it('says so once every file the page names was sent (main’s runtime loads then), not before', async () => {
    let arrived = 0;
    t = await startTestHost({
      rendererDir: rendererWith({
        'index.html': INDEX,
        'bridge.js': 'export {}',
        'assets/index-a1.js': 'export {}',
        'assets/shared-b2.js': 'export {}',
        'assets/index-c3.css': 'body{}',
      }),
      pageArrived: () => (arrived += 1),
    });
    const headers = { host: t.hostHeader };
    const page = await send(t.host.port, `/?token=${t.host.token}`, { headers });
    const cookie = String(page.headers['set-cookie']).split(';')[0] ?? '';
    const files = ['/bridge.js', '/assets/index-a1.js', '/assets/shared-b2.js', '/assets/index-c3.css'];
    for (const path of files) {
      expect(arrived).toBe(0);
      expect((await send(t.host.port, path, { headers: { ...headers, cookie } })).status).toBe(200);
    }
    expect(arrived).toBe(1);

    // A reload is not a new arrival: the runtime was asked for already.
    await send(t.host.port, '/', { headers: { ...headers, cookie } });
    for (const path of files) await send(t.host.port, path, { headers: { ...headers, cookie } });
    expect(arrived).toBe(1);
  });

  /** Larger than loopback's socket buffers, so that most of it waits for the page to read it. */
  const BIG = 'x'.repeat(24 * 1024 * 1024);

  /** A host whose page names a big script, its page loaded (and the cookie its files need). */
  const hostWithBigScript = async () => {
    const counter = { arrived: 0 };
    t = await startTestHost({
      rendererDir: rendererWith({
        'index.html': INDEX,
        'bridge.js': 'export {}',
        'assets/index-a1.js': BIG,
        'assets/shared-b2.js': 'export {}',
        'assets/index-c3.css': 'body{}',
      }),
      pageArrived: () => (counter.arrived += 1),
    });
    const host = t.host;
    const headers = { host: t.hostHeader };
    const page = await send(host.port, `/?token=${host.token}`, { headers });
    const withCookie = { ...headers, cookie: String(page.headers['set-cookie']).split(';')[0] ?? '' };
    const get = (path: string) => send(host.port, path, { headers: withCookie });
    /** Asks for the big script and reads none of it until `meanwhile` is done; answers the bytes read then. */
    const readBigSlowly = (meanwhile: () => Promise<void>) =>
      new Promise<number>((resolve, reject) => {
        const asking = request(
          { port: host.port, path: '/assets/index-a1.js', headers: withCookie },
          (answer) => {
            answer.pause();
            let received = 0;
            void meanwhile().then(() => {
              answer.on('data', (chunk: Buffer) => (received += chunk.length));
              answer.on('end', () => resolve(received));
              answer.resume();
            }, reject);
          },
        );
        asking.on('error', reject);
        asking.end();
      });
    return {
      counter,
      get,
      readBigSlowly,
      socketUrl: `ws://127.0.0.1:${host.port}${CALLS_SOCKET_PATH}?token=${encodeURIComponent(host.token)}`,
      origin: `http://${headers.host}`,
    };
  };

  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('says so only once the last file is on its way whole: the runtime’s loading would hold back its rest', async () => {
    const { counter, get, readBigSlowly } = await hostWithBigScript();
    for (const path of ['/bridge.js', '/assets/shared-b2.js', '/assets/index-c3.css']) await get(path);
    let arrivedWhileUnread = -1;
    // The page is slow to read: the host has sent all it could, and must not call that "arrived".
    const received = await readBigSlowly(async () => {
      await pause(300);
      arrivedWhileUnread = counter.arrived;
    });
    expect(arrivedWhileUnread).toBe(0);
    expect(received).toBe(BIG.length);
    await pause(50);
    expect(counter.arrived).toBe(1);
  });

  it('waits for the page’s files when its socket opens first (the bridge opens it before the app’s scripts arrive)', async () => {
    const { counter, get, readBigSlowly, socketUrl, origin } = await hostWithBigScript();
    await get('/bridge.js');
    let arrivedWhileUnread = -1;
    const received = await readBigSlowly(async () => {
      const socket = new WebSocket(socketUrl, { origin });
      await new Promise((resolve, reject) => {
        socket.once('open', resolve);
        socket.once('error', reject);
      });
      await pause(200);
      arrivedWhileUnread = counter.arrived;
      socket.close();
    });
    expect(arrivedWhileUnread).toBe(0);
    expect(received).toBe(BIG.length);
    await expect.poll(() => counter.arrived).toBe(1);
  });

  it('says so when the socket opens if no file is on its way (a page whose files the browser kept)', async () => {
    let arrived = 0;
    t = await startTestHost({ pageArrived: () => (arrived += 1) });
    const socket = new WebSocket(
      `ws://127.0.0.1:${t.host.port}${CALLS_SOCKET_PATH}?token=${encodeURIComponent(t.host.token)}`,
      { origin: `http://${t.hostHeader}` },
    );
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    socket.close();
    expect(arrived).toBe(1);
  });
});
