import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rawStatus, send, sendRaw, startTestHost, type TestHost } from '../testing/hostTestKit';

describe('browser host under malformed requests', () => {
  let t: TestHost;
  beforeEach(async () => {
    t = await startTestHost({ headersTimeoutMs: 500, requestTimeoutMs: 1000 });
  });
  afterEach(async () => t.close());

  it('refuses request targets that new URL() cannot parse, without a token, and keeps running', async () => {
    for (const target of ['//', '///', '//[', '/\\\\', 'http://[/', '//%', '/\\', '*', '//evil.example/']) {
      const answer = await sendRaw(
        t.host.port,
        `GET ${target} HTTP/1.1\r\nHost: ${t.hostHeader}\r\nConnection: close\r\n\r\n`,
      );
      expect(rawStatus(answer.text), target).toBeGreaterThanOrEqual(400);
      expect(rawStatus(answer.text), target).toBeLessThan(500);
    }
    const alive = await send(t.host.port, '/api/app:info', {
      method: 'POST',
      headers: t.callHeaders,
      body: '{"input":{}}',
    });
    expect(alive.status).toBe(200);
  });

  it('answers a malformed % escape in a channel or asset path with 400, not 500', async () => {
    for (const path of ['/api/app%ZZinfo', '/api/%E0%A4%A', '/assets/%', '/api/%ED%A0%80']) {
      const answer = await send(t.host.port, path, {
        method: 'POST',
        headers: t.callHeaders,
        body: '{"input":{}}',
      });
      expect(answer.status, path).toBe(400);
      expect(answer.body, path).not.toMatch(/at .*\(|\/work\/|node:internal/);
    }
  });

  it('closes a connection whose headers never finish', async () => {
    const started = Date.now();
    const answer = await sendRaw(t.host.port, `GET / HTTP/1.1\r\nHost: ${t.hostHeader}\r\nX-Slow: 1`, 10_000);
    expect(answer.closedByServer).toBe(true);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('closes a connection whose body trickles in for longer than the request timeout', async () => {
    const started = Date.now();
    const head =
      `POST /api/app:info HTTP/1.1\r\nHost: ${t.hostHeader}\r\nOrigin: http://${t.hostHeader}\r\n` +
      `x-playground-token: ${t.host.token}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{`;
    const answer = await sendRaw(t.host.port, head, 10_000);
    expect(answer.closedByServer).toBe(true);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
