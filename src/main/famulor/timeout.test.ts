import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppFailure } from '../../shared/result';
import { createFamulorClient } from './client';
import { ExchangeRecorder } from './recorder';
import { LEAK_KEY, rejectionOf } from '../testing/famulorClientTestKit';

/**
 * A real local server that stalls: /user/me never answers, /user/assistants/get sends its headers and half a
 * body, /conversations/ok answers at once. Proves the timeout reaches real sockets, not only fetch stand-ins.
 */
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url?.startsWith('/api/user/assistants/get')) {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"data": [');
    } else if (request.url === '/api/conversations/ok') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ status: true, history: [] }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const clientFor = (url: string) => {
  const recorder = new ExchangeRecorder();
  const client = createFamulorClient({
    connection: { baseUrl: url, generateReplyPath: '/ai/generate-reply' },
    getApiKey: async () => LEAK_KEY,
    timeoutMs: 200,
    retry: { maxRetries: 0, baseDelayMs: 1, maxDelayMs: 1, maxRetryAfterMs: 0 },
    recorder,
  });
  return { client, recorder };
};

const errorOf = async (promise: Promise<unknown>) => ((await rejectionOf(promise)) as AppFailure).error;

describe('against a stalled local server', () => {
  it('times out when no answer comes', async () => {
    const { client, recorder } = clientFor(baseUrl);
    const started = performance.now();
    const error = await errorOf(client.getAccount());
    const elapsed = performance.now() - started;
    expect(error.code).toBe('timeout');
    expect(elapsed).toBeGreaterThanOrEqual(190);
    expect(elapsed).toBeLessThan(2_000);
    expect(recorder.list()).toMatchObject([
      { method: 'GET', path: '/user/me', status: null, errorCode: 'timeout' },
    ]);
  });

  it('times out when the body stalls halfway', async () => {
    const { client } = clientFor(baseUrl);
    expect((await errorOf(client.listAssistants({ perPage: 5 }))).code).toBe('timeout');
  });

  it('reports cancellation, not a timeout, when the caller aborts first', async () => {
    const { client } = clientFor(baseUrl);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    expect((await errorOf(client.getAccount({ signal: controller.signal }))).code).toBe('cancelled');
  });

  it('still answers promptly when the server does', async () => {
    const { client } = clientFor(baseUrl);
    const detail = await client.getConversation({ conversationId: 'ok' });
    expect(detail).toEqual({
      history: [],
      variables: null,
      externalIdentifier: null,
      whatsappSender: null,
      customer: null,
    });
  });

  it('reports a refused connection as a network failure', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const { client } = clientFor(`http://127.0.0.1:${port}/api`);
    const error = await errorOf(client.getAccount());
    expect(error.code).toBe('network');
    expect(error.details).toContain('ECONNREFUSED');
  });
});
