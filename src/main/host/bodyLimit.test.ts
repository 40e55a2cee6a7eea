import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Pane, Session } from '../../shared/domain/session';
import { contract } from '../../shared/ipc/contract';
import { MAX_TEXT_LENGTH } from '../../shared/limits';
import { send, startTestHost, type Answer, type TestHost } from '../testing/hostTestKit';

/** A POST whose body goes out in chunks with no Content-Length, so the host learns its size only by reading. */
const sendChunked = (
  port: number,
  path: string,
  headers: Record<string, string>,
  chunks: number,
  size: number,
) =>
  new Promise<Answer>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    const piece = 'x'.repeat(size);
    for (let index = 0; index < chunks; index += 1) req.write(piece);
    req.end();
  });

describe('request size limits from the contract', () => {
  let t: TestHost;
  beforeEach(async () => {
    t = await startTestHost();
  });
  afterEach(async () => t.close());

  const post = (channel: string, body: string) =>
    send(t.host.port, `/api/${channel}`, { method: 'POST', headers: t.callHeaders, body });

  it('answers a body over the channel’s limit with a 413 Result the client receives, then keeps serving', async () => {
    const size = 3 * 1024 * 1024;
    const answer = await post('app:info', 'x'.repeat(size));
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toEqual({
      ok: false,
      error: {
        code: 'too_large',
        reason: 'request_too_large',
        sizeBytes: size,
        limitBytes: contract['app:info'].maxInputBytes,
      },
    });
    expect((await post('app:info', '{"input":{}}')).status).toBe(200);
  });

  it('measures a chunked body without a length by reading it to its end', async () => {
    const answer = await sendChunked(t.host.port, '/api/app:info', t.callHeaders, 40, 64 * 1024);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({
      error: { code: 'too_large', sizeBytes: 40 * 64 * 1024 },
    });
  });

  it('saves and loads a 20 MB session', async () => {
    const created = JSON.parse((await post('sessions:create', '{"input":{"name":"Big"}}')).body) as {
      data: Session;
    };
    const at = new Date().toISOString();
    const entries = Array.from({ length: 210 }, (_, index) => ({
      id: `m${index}`,
      role: index % 2 ? ('assistant' as const) : ('user' as const),
      content: String(index % 10).repeat(MAX_TEXT_LENGTH),
      functionCalls: [],
      at,
      latencyMs: null,
    }));
    const pane: Pane = {
      id: 'p1',
      title: 'Pane',
      assistant: { id: 1, uuid: null, name: 'Clara' },
      conversationType: 'test',
      variables: {},
      conversationId: null,
      profileId: null,
      draft: '',
      costUsd: 0,
      transcript: entries,
    };
    const { id } = created.data;
    const body = JSON.stringify({
      input: { id, commands: [{ type: 'insertPane', pane, afterPaneId: null }] },
    });
    expect(body.length).toBeGreaterThan(20_000_000);
    const saved = await post('sessions:apply', body);
    expect(saved.status).toBe(200);
    expect(JSON.parse(saved.body)).toMatchObject({ ok: true });
    const loaded = await post('sessions:get', JSON.stringify({ input: { id } }));
    const result = JSON.parse(loaded.body) as { ok: boolean; data: Session };
    expect(result.ok).toBe(true);
    expect(result.data.panes[0]?.transcript).toEqual(entries);
  });

  it('refuses a body that is not UTF-8', async () => {
    const answer = await send(t.host.port, '/api/app:info', {
      method: 'POST',
      headers: t.callHeaders,
      body: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]),
    });
    expect(answer.status).toBe(400);
  });
});
