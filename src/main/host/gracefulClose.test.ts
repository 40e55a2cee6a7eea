import { connect } from 'node:net';
import WebSocket from 'ws';
import { CALLS_SOCKET_PATH } from '../../shared/ipc/transport';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestHost, type TestHost } from '../testing/hostTestKit';

describe('stopping the browser host', () => {
  let t: TestHost | null = null;
  afterEach(async () => {
    await t?.services.close();
    t = null;
  });

  it('lets a call already on its way finish (a closing tab’s last draft) instead of cutting it off', async () => {
    t = await startTestHost();
    const { host } = t;
    const created = (await t.services.sessions.create({ name: 'Typed in' })).id;
    const body = JSON.stringify({
      input: { id: created, commands: [{ type: 'rename', name: 'Renamed as the tab closed' }] },
    });
    const headers = { ...t.callHeaders, 'content-length': String(Buffer.byteLength(body)) };
    const socket = connect(host.port, '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    const answer = new Promise<string>((resolve) => {
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('close', () => resolve(text));
    });
    const head = Object.entries(headers)
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('');
    socket.write(
      `POST /api/sessions%3Aapply HTTP/1.1\r\n${head}connection: close\r\n\r\n${body.slice(0, 20)}`,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));

    const stopping = host.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    socket.write(body.slice(20));
    await stopping;

    expect(await answer).toMatch(/^HTTP\/1\.1 200/);
    expect(t.services.sessions.get(created).name).toBe('Renamed as the tab closed');
  });

  it('keeps listening a moment after the last page left, for the last draft its browser sends after it', async () => {
    t = await startTestHost();
    const { host, hostHeader } = t;
    const created = (await t.services.sessions.create({ name: 'Typed in' })).id;
    const page = new WebSocket(`ws://${hostHeader}${CALLS_SOCKET_PATH}?token=${host.token}`, {
      origin: `http://${hostHeader}`,
    });
    await new Promise<void>((resolve, reject) => page.once('open', () => resolve()).once('error', reject));
    // The tab closes: its socket goes, and only then does the browser send the keepalive POST.
    page.close();
    await new Promise<void>((resolve) => page.once('close', () => resolve()));
    const stopping = host.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const late = await fetch(`${host.origin}/api/sessions%3Aapply`, {
      method: 'POST',
      headers: t.callHeaders,
      body: JSON.stringify({
        input: { id: created, commands: [{ type: 'rename', name: 'Sent as the tab went' }] },
      }),
    });
    await stopping;

    expect(late.status).toBe(200);
    expect(t.services.sessions.get(created).name).toBe('Sent as the tab went');
  });
});
