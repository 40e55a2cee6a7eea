import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventBus } from '../events';
import { createDispatcher } from '../ipc/dispatch';
import { createHandlers } from '../ipc/handlers';
import { createMainServices, type MainServices } from '../services';
import { startHost, type RunningHost } from './server';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

// node:http rather than fetch: fetch forbids setting Host and Origin, which these tests must forge.
const send = (
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
) =>
  new Promise<Answer>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });

const info = {
  name: 'Famulor Playground',
  version: '1.0.0',
  mode: 'browser' as const,
  platform: 'linux',
  userDataDir: '/tmp',
};

describe('browser host', () => {
  let host: RunningHost;
  let events: EventBus;
  let services: MainServices;
  let hostHeader: string;

  beforeEach(async () => {
    const rendererDir = mkdtempSync(join(tmpdir(), 'renderer-'));
    writeFileSync(
      join(rendererDir, 'index.html'),
      '<html><head></head><body><script type="module" src="./a.js"></script></body></html>',
    );
    mkdirSync(join(rendererDir, 'assets'));
    writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    services = await createMainServices({
      info: { ...info, userDataDir: mkdtempSync(join(tmpdir(), 'host-data-')) },
    });
    events = services.events;
    const dispatcher = createDispatcher(createHandlers(services), services.inFlight, { error: () => {} });
    host = await startHost({ rendererDir, dispatcher, events });
    hostHeader = `127.0.0.1:${host.port}`;
  });
  afterEach(async () => {
    await host.close();
    await services.close();
  });

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
    const answer = await callInfo({ host: hostHeader, cookie: `playground_token=${host.token}` });
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
    expect(page.body).toContain('<script type="module" src="./bridge.js"></script>');
    expect(page.body.indexOf('bridge.js')).toBeLessThan(page.body.indexOf('./a.js'));
  });

  it('serves assets with the cookie but never outside the renderer folder', async () => {
    const cookie = `playground_token=${host.token}`;
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

  it('refuses invalid JSON and oversized bodies with a validation Result', async () => {
    const headers = { host: hostHeader, 'x-playground-token': host.token };
    const bad = await send(host.port, '/api/app:info', { method: 'POST', headers, body: '{nope' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'validation' } });
    const huge = await send(host.port, '/api/app:info', {
      method: 'POST',
      headers,
      body: 'x'.repeat(3 * 1024 * 1024),
    }).catch(() => ({ status: 413 }));
    expect(huge.status).toBe(413);
  });

  it('pushes events over server-sent events to a page with the cookie', async () => {
    const received = new Promise<string>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: host.port,
          path: '/api/events',
          headers: { host: hostHeader, cookie: `playground_token=${host.token}` },
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
    const dispatcher = createDispatcher(createHandlers(services), services.inFlight, { error: () => {} });
    for (const bind of ['0.0.0.0', '::', '192.168.1.10']) {
      await expect(startHost({ rendererDir: '/tmp', dispatcher, events, host: bind })).rejects.toThrow(
        /loopback/,
      );
    }
  });
});
