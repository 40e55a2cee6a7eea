import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventBus } from '../events';
import { createDispatcher } from '../ipc/dispatch';
import { createHandlers } from '../ipc/handlers';
import type { MainServices } from '../services';
import { assetCookieName } from './guard';
import { send, startTestHost, type TestHost } from '../testing/hostTestKit';
import { startHost, type RunningHost } from './server';

describe('browser host', () => {
  let t: TestHost;
  let host: RunningHost;
  let events: EventBus;
  let services: MainServices;
  let hostHeader: string;

  beforeEach(async () => {
    t = await startTestHost();
    ({ host, services, hostHeader } = t);
    events = services.events;
  });
  afterEach(async () => t.close());

  /** The asset cookie as the page's first load sets it. */
  const assetCookie = async () => {
    const page = await send(host.port, `/?token=${host.token}`, { headers: { host: hostHeader } });
    return String(page.headers['set-cookie']).split(';')[0] ?? '';
  };

  const callInfo = (headers: Record<string, string>) =>
    send(host.port, '/api/app:info', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: '{"input":{}}',
    });

  it('answers a call that carries the token', async () => {
    const answer = await callInfo({
      host: hostHeader,
      'x-playground-token': host.token,
      origin: `http://${hostHeader}`,
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ ok: true, data: services.info });
  });

  it('refuses a call with no token, or the wrong one', async () => {
    expect((await callInfo({ host: hostHeader })).status).toBe(401);
    expect((await callInfo({ host: hostHeader, 'x-playground-token': 'wrong' })).status).toBe(401);
    expect((await callInfo({ host: hostHeader, 'x-playground-token': `${host.token}x` })).status).toBe(401);
  });

  it('refuses a call with only the cookie: a form on another page could send that', async () => {
    const answer = await callInfo({ host: hostHeader, cookie: await assetCookie() });
    expect(answer.status).toBe(401);
  });

  it('refuses a foreign Origin even with the right token', async () => {
    for (const origin of [
      'http://evil.example',
      `https://${hostHeader}`,
      'null',
      `http://127.0.0.1:${host.port + 1}`,
    ]) {
      const answer = await callInfo({ host: hostHeader, origin, 'x-playground-token': host.token });
      expect(answer.status, origin).toBe(403);
    }
  });

  it('refuses a foreign Host header (DNS rebinding), even with the right token', async () => {
    for (const host_ of ['evil.example', `evil.example:${host.port}`, `127.0.0.1:${host.port + 1}`]) {
      const answer = await callInfo({ host: host_, 'x-playground-token': host.token });
      expect(answer.status, host_).toBe(421);
    }
  });

  it('serves the page only with the token, sets the cookie and the CSP, and injects the bridge', async () => {
    expect((await send(host.port, '/', { headers: { host: hostHeader } })).status).toBe(401);
    const page = await send(host.port, `/?token=${host.token}`, { headers: { host: hostHeader } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).not.toContain('unsafe-eval');
    expect(String(page.headers['set-cookie'])).toContain('HttpOnly');
    expect(String(page.headers['set-cookie'])).toContain(`${assetCookieName(host.port)}=`);
    expect(page.body).toContain('<script type="module" src="./bridge.js"></script>');
    expect(page.body.indexOf('bridge.js')).toBeLessThan(page.body.indexOf('./a.js'));
  });

  it('serves assets with the cookie but never outside the renderer folder', async () => {
    const cookie = await assetCookie();
    expect((await send(host.port, '/assets/app.js', { headers: { host: hostHeader } })).status).toBe(401);
    expect((await send(host.port, '/assets/app.js', { headers: { host: hostHeader, cookie } })).status).toBe(
      200,
    );
    expect(
      (await send(host.port, '/../../etc/passwd', { headers: { host: hostHeader, cookie } })).status,
    ).toBe(404);
    expect(
      (await send(host.port, '/%2e%2e/%2e%2e/etc/passwd', { headers: { host: hostHeader, cookie } })).status,
    ).toBe(404);
  });

  it('refuses invalid JSON with a validation Result', async () => {
    const headers = { host: hostHeader, 'x-playground-token': host.token, origin: `http://${hostHeader}` };
    const bad = await send(host.port, '/api/app:info', { method: 'POST', headers, body: '{nope' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('pushes events over server-sent events to the page', async () => {
    const received = new Promise<string>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: host.port,
          path: `/api/events?token=${host.token}`,
          headers: { host: hostHeader, 'sec-fetch-site': 'same-origin' },
        },
        (res) => {
          res.on('data', (chunk: Buffer) => {
            const text = chunk.toString();
            if (text.includes('event: pacer:wait')) {
              resolve(text);
              req.destroy();
            }
          });
        },
      );
      req.on('error', reject);
      req.end();
      setTimeout(() => events.emit('pacer:wait', { requestId: 'r1', waitMs: 1200, queued: 2 }), 100);
    });
    expect(await received).toContain('"waitMs":1200');
  });

  it('refuses to bind to anything but loopback', async () => {
    const dispatcher = createDispatcher(
      createHandlers(services),
      services.inFlight,
      { error: () => {} },
      { checkOutput: true },
    );
    for (const bind of ['0.0.0.0', '::', '192.168.1.10']) {
      await expect(startHost({ rendererDir: '/tmp', dispatcher, events, host: bind })).rejects.toThrow(
        /loopback/,
      );
    }
  });
});
