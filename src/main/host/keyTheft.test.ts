import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { send, startTestHost, type TestHost } from '../testing/hostTestKit';

const KEY = 'famulor-theft-test-key-5f1c9a';

/** Another server on 127.0.0.1: it records what reaches it and answers /user/me as Famulor would. */
const startOtherServer = async () => {
  const seen: IncomingHttpHeaders[] = [];
  const server: Server = createServer((request, response) => {
    seen.push(request.headers);
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify({ name: 'Mallory', email: 'm@example.com', total_balance: 1 }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/api`,
    seen,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

describe('stealing the key through the browser host', () => {
  let t: TestHost;
  let other: Awaited<ReturnType<typeof startOtherServer>>;
  let profileId: string;
  let assetCookie: string;

  const call = async (channel: string, input: unknown, headers: Record<string, string>) => {
    const answer = await send(t.host.port, `/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ input }),
    });
    return { status: answer.status, result: JSON.parse(answer.body) as Record<string, unknown> };
  };

  beforeEach(async () => {
    t = await startTestHost();
    other = await startOtherServer();
    // The person's own page: opens the host, adds a profile and its key.
    const page = await send(t.host.port, `/?token=${t.host.token}`, { headers: { host: t.hostHeader } });
    assetCookie = String(page.headers['set-cookie']).split(';')[0] ?? '';
    const created = await call(
      'profiles:create',
      { name: 'Production', baseUrl: 'https://app.famulor.de/api' },
      t.callHeaders,
    );
    profileId = (created.result.data as { id: string }).id;
    const keyed = await call('secret:set', { profileId, key: KEY, backend: 'memory' }, t.callHeaders);
    expect(keyed.result).toMatchObject({ ok: true, data: { hasKey: true } });
  });
  afterEach(async () => {
    await t.close();
    await other.close();
  });

  const keyReached = () => other.seen.some((headers) => JSON.stringify(headers).includes(KEY));

  it('the cookie Chromium sends to every local server cannot point the profile elsewhere or test it', async () => {
    const leaked = assetCookie.slice(assetCookie.indexOf('=') + 1);
    // What the other server can do with the leaked cookie: use it as the token, forge Origin and fetch metadata.
    const forgeries: Record<string, string>[] = [
      { host: t.hostHeader, 'x-playground-token': leaked },
      { host: t.hostHeader, 'x-playground-token': leaked, origin: `http://${t.hostHeader}` },
      {
        host: t.hostHeader,
        'x-playground-token': leaked,
        'sec-fetch-site': 'same-origin',
        cookie: assetCookie,
      },
    ];
    for (const forged of forgeries) {
      const moved = await call(
        'profiles:update',
        { id: profileId, patch: { baseUrl: other.baseUrl } },
        forged,
      );
      expect(moved.status).toBe(401);
      const tested = await call('profiles:test', { id: profileId }, forged);
      expect(tested.status).toBe(401);
    }
    expect(keyReached()).toBe(false);
  });

  it('even a caller with the call token cannot move the key: a new origin clears it, and the Result says so', async () => {
    const moved = await call(
      'profiles:update',
      { id: profileId, patch: { baseUrl: other.baseUrl } },
      t.callHeaders,
    );
    expect(moved.result).toMatchObject({ ok: true, data: { keyRemoved: true } });
    await call('profiles:test', { id: profileId }, t.callHeaders);
    const status = await call('secret:status', { profileId }, t.callHeaders);
    expect(status.result).toMatchObject({ ok: true, data: { hasKey: false } });
    expect(keyReached()).toBe(false);
  });
});
