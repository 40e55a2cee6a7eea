import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ExchangeSchema, type Exchange } from '../../shared/domain/famulor';
import { RECORDED_BODY_LIMIT } from './attempt';
import { ExchangeRecorder } from './recorder';
import { jsonResponse, scriptedFetch, testClient, textResponse } from '../testing/famulorClientTestKit';

const exchange = (id: string, tag: string | null = null): Exchange => ({
  id,
  startedAt: '2026-06-15T12:00:00.000Z',
  method: 'GET',
  path: '/user/me',
  status: 200,
  durationMs: 3,
  requestHeaders: {},
  requestBody: null,
  responseBody: null,
  responseBytes: 0,
  responseCut: false,
  errorCode: null,
  attempt: 1,
  tag,
});

describe('ExchangeRecorder', () => {
  it('keeps the last N exchanges, oldest first', () => {
    const recorder = new ExchangeRecorder({ capacity: 3, byteBudget: 1000 });
    for (const id of ['a', 'b', 'c', 'd', 'e']) recorder.record(exchange(id), 1);
    expect(recorder.list().map((item) => item.id)).toEqual(['c', 'd', 'e']);
  });

  it('keeps the bodies within a byte budget, dropping the oldest, but always the newest', () => {
    const recorder = new ExchangeRecorder({ capacity: 100, byteBudget: 1000 });
    recorder.record(exchange('a'), 400);
    recorder.record(exchange('b'), 400);
    recorder.record(exchange('c'), 400);
    expect(recorder.list().map((item) => item.id)).toEqual(['b', 'c']);
    recorder.record(exchange('huge'), 5000);
    expect(recorder.list().map((item) => item.id)).toEqual(['huge']);
    recorder.record(exchange('d'), 10);
    expect(recorder.list().map((item) => item.id)).toEqual(['d']);
  });

  it('filters by tag, with null for untagged exchanges, and frees the budget of what it clears', () => {
    const recorder = new ExchangeRecorder({ capacity: 100, byteBudget: 1000 });
    recorder.record(exchange('a', 'left'), 600);
    recorder.record(exchange('b', 'right'), 300);
    recorder.record(exchange('c'), 1);
    expect(recorder.list({ tag: 'left' }).map((item) => item.id)).toEqual(['a']);
    expect(recorder.list({ tag: null }).map((item) => item.id)).toEqual(['c']);
    recorder.clear({ tag: 'left' });
    expect(recorder.list().map((item) => item.id)).toEqual(['b', 'c']);
    recorder.record(exchange('d'), 600);
    expect(recorder.list().map((item) => item.id)).toEqual(['b', 'c', 'd']);
    recorder.clear();
    expect(recorder.list()).toEqual([]);
  });
});

describe('what the client records', () => {
  it('records each attempt with method, path, status, bodies, tag and a redacted Authorization', async () => {
    const { fetch } = scriptedFetch(
      textResponse(503, 'down'),
      jsonResponse(200, { name: 'Ada', email: 'ada@example.com', total_balance: 3, plan: 'pro' }),
    );
    let clock = Date.parse('2026-06-15T12:00:00Z');
    const { client, recorder } = testClient({ fetch, now: () => (clock += 5) });
    await client.getAccount({ tag: 'settings' });
    const [first, second] = recorder.list({ tag: 'settings' });
    expect(first).toMatchObject({
      method: 'GET',
      path: '/user/me',
      status: 503,
      responseBody: 'down',
      errorCode: 'server',
      attempt: 1,
      tag: 'settings',
      requestHeaders: { Accept: 'application/json', Authorization: 'Bearer [redacted]' },
      requestBody: null,
    });
    expect(second).toMatchObject({
      status: 200,
      attempt: 2,
      errorCode: null,
      responseBody: { name: 'Ada', email: 'ada@example.com', total_balance: 3, plan: 'pro' },
    });
    expect(second?.durationMs).toBeGreaterThan(0);
    expect(first?.id).not.toBe(second?.id);
    for (const item of recorder.list()) expect(ExchangeSchema.parse(item)).toEqual(item);
  });

  it('records request bodies and queries as sent', async () => {
    const { fetch } = scriptedFetch(
      jsonResponse(200, { status: true, message: 'ok', function_calls: [] }),
      jsonResponse(200, { data: [], per_page: 2, next_cursor: null, prev_cursor: null }),
    );
    const { client, recorder } = testClient({ fetch });
    await client.sendMessage({ conversationId: 'c-1', message: 'Hallo' });
    await client.listConversations({ perPage: 2, cursor: 'abc' });
    expect(recorder.list({ tag: null }).map((item) => [item.method, item.path, item.requestBody])).toEqual([
      ['POST', '/conversations/c-1/messages', { message: 'Hallo' }],
      ['GET', '/user/conversations?per_page=2&cursor=abc', null],
    ]);
  });

  it('records a large answer as the start of its text, with its full size', async () => {
    const history = Array.from({ length: 4000 }, (_, index) => ({
      role: 'user',
      content: `Nachricht ${index} ${'x'.repeat(80)}`,
    }));
    const { fetch } = scriptedFetch(jsonResponse(200, { history }));
    const { client, recorder } = testClient({ fetch });
    const detail = await client.getConversation({ conversationId: 'c-1' });
    expect(detail.history).toHaveLength(4000);
    const [recorded] = recorder.list();
    const text = JSON.stringify({ history });
    expect(recorded?.responseCut).toBe(true);
    expect(recorded?.responseBytes).toBe(Buffer.byteLength(text));
    expect(recorded?.responseBody).toBe(text.slice(0, RECORDED_BODY_LIMIT));
  });

  it('records a small answer whole, as parsed, with its size', async () => {
    const { fetch } = scriptedFetch(
      jsonResponse(200, { name: 'Jürgen', email: 'j@example.com', total_balance: 3 }),
    );
    const { client, recorder } = testClient({ fetch });
    await client.getAccount();
    expect(recorder.list()[0]).toMatchObject({
      responseCut: false,
      responseBytes: Buffer.byteLength('{"name":"Jürgen","email":"j@example.com","total_balance":3}'),
      responseBody: { name: 'Jürgen', email: 'j@example.com', total_balance: 3 },
    });
  });
});

describe('the recorder’s memory', () => {
  it('stays within its budget however many large answers come', async () => {
    setFlagsFromString('--expose-gc');
    const collectGarbage = runInNewContext('gc') as () => void;
    const history = Array.from({ length: 20_000 }, (_, index) => ({
      role: 'user',
      content: `Nachricht ${index} ${'x'.repeat(80)}`,
    }));
    const text = JSON.stringify({ history });
    const answers = Array.from({ length: 40 }, () => textResponse(200, text, 'application/json'));
    const { client, recorder } = testClient({ fetch: scriptedFetch(...answers).fetch });
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    for (let call = 0; call < answers.length; call += 1)
      await client.getConversation({ conversationId: 'c-1' });
    collectGarbage();
    const grownMb = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
    expect(recorder.list()).toHaveLength(40);
    // 40 answers of 2 MB each: what is kept of them is 40 × 64 KiB of text, not the answers behind the cut.
    expect(grownMb).toBeLessThan(20);
  });
});
