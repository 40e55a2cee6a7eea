import { describe, expect, it, vi } from 'vitest';
import { ExchangeSchema, type Exchange } from '../../shared/domain/famulor';
import { ExchangeRecorder } from './recorder';
import { jsonResponse, scriptedFetch, testClient, textResponse } from './testSupport';

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
  errorCode: null,
  attempt: 1,
  tag,
});

describe('ExchangeRecorder', () => {
  it('keeps the last N exchanges, oldest first', () => {
    const recorder = new ExchangeRecorder(3);
    for (const id of ['a', 'b', 'c', 'd', 'e']) recorder.record(exchange(id));
    expect(recorder.list().map((item) => item.id)).toEqual(['c', 'd', 'e']);
  });

  it('filters by tag, with null for untagged exchanges', () => {
    const recorder = new ExchangeRecorder();
    recorder.record(exchange('a', 'left'));
    recorder.record(exchange('b', 'right'));
    recorder.record(exchange('c'));
    expect(recorder.list({ tag: 'left' }).map((item) => item.id)).toEqual(['a']);
    expect(recorder.list({ tag: null }).map((item) => item.id)).toEqual(['c']);
    recorder.clear({ tag: 'left' });
    expect(recorder.list().map((item) => item.id)).toEqual(['b', 'c']);
    recorder.clear();
    expect(recorder.list()).toEqual([]);
  });

  it('tells subscribers about each new exchange until they unsubscribe', () => {
    const recorder = new ExchangeRecorder();
    const listener = vi.fn();
    const unsubscribe = recorder.subscribe(listener);
    recorder.record(exchange('a'));
    unsubscribe();
    recorder.record(exchange('b'));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith(expect.objectContaining({ id: 'a' }));
  });

  it('drops a subscriber that throws instead of failing the recording', () => {
    const recorder = new ExchangeRecorder();
    const broken = vi.fn(() => {
      throw new Error('window closed');
    });
    recorder.subscribe(broken);
    recorder.record(exchange('a'));
    recorder.record(exchange('b'));
    expect(broken).toHaveBeenCalledTimes(1);
    expect(recorder.list()).toHaveLength(2);
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
});
