import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { send, startTestHost, type TestHost } from '../testing/hostTestKit';

/** The `name=value` of the asset cookie the page's first load sets. */
const assetCookieOf = (setCookie: string | string[] | undefined): { name: string; value: string } => {
  const first = String(Array.isArray(setCookie) ? setCookie[0] : setCookie).split(';')[0] ?? '';
  const at = first.indexOf('=');
  return { name: first.slice(0, at), value: first.slice(at + 1) };
};

/** Status of the SSE stream's answer (the stream itself stays open, so only the head is read). */
const eventsStatus = (port: number, path: string, headers: Record<string, string>) =>
  new Promise<number>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      resolve(res.statusCode ?? 0);
      req.destroy();
    });
    req.on('error', reject);
    req.end();
  });

describe('browser host secrets: a page token for calls, a different cookie for assets', () => {
  let t: TestHost;
  let cookie: { name: string; value: string };
  beforeEach(async () => {
    t = await startTestHost();
    const page = await send(t.host.port, `/?token=${t.host.token}`, { headers: { host: t.hostHeader } });
    expect(page.status).toBe(200);
    cookie = assetCookieOf(page.headers['set-cookie']);
  });
  afterEach(async () => t.close());

  const callInfo = (headers: Record<string, string>) =>
    send(t.host.port, '/api/app:info', {
      method: 'POST',
      headers: { 'content-type': 'application/json', host: t.hostHeader, ...headers },
      body: '{"input":{}}',
    });

  it('sets an asset cookie whose value is not the call token and cannot make a call', async () => {
    expect(cookie.value.length).toBeGreaterThanOrEqual(32);
    expect(cookie.value).not.toBe(t.host.token);
    const asToken = await callInfo({
      origin: `http://${t.hostHeader}`,
      'x-playground-token': cookie.value,
      cookie: `${cookie.name}=${cookie.value}`,
    });
    expect(asToken.status).toBe(401);
    // A Result, so a page opened without its token shows an error instead of misreading the answer.
    expect(JSON.parse(asToken.body)).toMatchObject({
      ok: false,
      error: { code: 'unauthorized', status: 401 },
    });
  });

  it('names the cookie after the port, so two hosts on one machine do not overwrite each other', () => {
    expect(cookie.name).toContain(String(t.host.port));
  });

  it('serves the page to the cookie (a reload) without the call token in it', async () => {
    const reload = await send(t.host.port, '/', {
      headers: { host: t.hostHeader, cookie: `${cookie.name}=${cookie.value}` },
    });
    expect(reload.status).toBe(200);
    expect(reload.body).not.toContain(t.host.token);
    expect(reload.body).toContain('bridge.js');
  });

  it('refuses a call that carries the token but neither a same Origin nor Sec-Fetch-Site: same-origin', async () => {
    expect((await callInfo({ 'x-playground-token': t.host.token })).status).toBe(403);
    expect(
      (await callInfo({ 'x-playground-token': t.host.token, 'sec-fetch-site': 'cross-site' })).status,
    ).toBe(403);
    expect(
      (
        await callInfo({
          'x-playground-token': t.host.token,
          origin: `http://${t.hostHeader}`,
          'sec-fetch-site': 'same-site',
        })
      ).status,
    ).toBe(403);
  });

  it('answers a call with the token and either proof of the same origin', async () => {
    expect(
      (await callInfo({ 'x-playground-token': t.host.token, origin: `http://${t.hostHeader}` })).status,
    ).toBe(200);
    expect(
      (await callInfo({ 'x-playground-token': t.host.token, 'sec-fetch-site': 'same-origin' })).status,
    ).toBe(200);
  });

  it('opens the event stream for the token from the same origin, not for the cookie alone', async () => {
    const cookieHeader = `${cookie.name}=${cookie.value}`;
    expect(await eventsStatus(t.host.port, '/api/events', { host: t.hostHeader, cookie: cookieHeader })).toBe(
      401,
    );
    expect(
      await eventsStatus(t.host.port, `/api/events?token=${t.host.token}`, {
        host: t.hostHeader,
        'sec-fetch-site': 'cross-site',
      }),
    ).toBe(403);
    expect(
      await eventsStatus(t.host.port, `/api/events?token=${t.host.token}`, {
        host: t.hostHeader,
        'sec-fetch-site': 'same-origin',
      }),
    ).toBe(200);
  });
});
