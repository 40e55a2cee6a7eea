import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppFailure } from '../../shared/result';
import { DEFAULT_TIMEOUT_MS } from './client';
import { abortableSleep } from './sleep';
import {
  hangingFetch,
  jsonResponse,
  rejectionOf,
  scriptedFetch,
  testClient,
  type FetchCall,
} from '../testing/famulorClientTestKit';

const errorOf = async (promise: Promise<unknown>) => ((await rejectionOf(promise)) as AppFailure).error;

afterEach(() => {
  vi.useRealTimers();
});

describe('cancellation', () => {
  it('cancels a request in flight and records the attempt as cancelled', async () => {
    const calls: FetchCall[] = [];
    const { client, recorder } = testClient({ fetch: hangingFetch(calls) });
    const controller = new AbortController();
    const pending = client.sendMessage(
      { conversationId: 'c-1', message: 'hi' },
      { signal: controller.signal },
    );
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    controller.abort();
    expect(await errorOf(pending)).toEqual({ code: 'cancelled', reason: 'cancelled' });
    expect(calls[0]?.signal?.aborted).toBe(true);
    expect(recorder.list()).toMatchObject([{ status: null, errorCode: 'cancelled', attempt: 1 }]);
  });

  it('cancels while the body is still arriving', async () => {
    const stalledBody = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"name":'));
      },
    });
    const { fetch } = scriptedFetch(new Response(stalledBody, { status: 200 }));
    const { client, recorder } = testClient({ fetch });
    const controller = new AbortController();
    const pending = client.getAccount({ signal: controller.signal });
    setTimeout(() => controller.abort(), 5);
    expect((await errorOf(pending)).code).toBe('cancelled');
    expect(recorder.list()).toMatchObject([{ status: 200, errorCode: 'cancelled' }]);
  });

  it('cancels during the backoff before a retry, without a second request', async () => {
    vi.useFakeTimers();
    const { fetch, calls } = scriptedFetch(jsonResponse(503, {}), jsonResponse(200, {}));
    const { client } = testClient({ fetch, sleep: abortableSleep });
    const controller = new AbortController();
    const retryWaits: number[] = [];
    const pending = errorOf(
      client.getAccount({ signal: controller.signal, onRetryWait: (ms) => retryWaits.push(ms) }),
    );
    await vi.advanceTimersByTimeAsync(100);
    expect(retryWaits).toEqual([500]);
    controller.abort();
    expect(await pending).toEqual({ code: 'cancelled', reason: 'cancelled' });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const { fetch, calls } = scriptedFetch();
    const { client } = testClient({ fetch });
    expect((await errorOf(client.getAccount({ signal: AbortSignal.abort() }))).code).toBe('cancelled');
    expect(calls).toHaveLength(0);
  });
});

describe('timeouts with a stand-in fetch', () => {
  it('gives up after the per-request timeout and does not retry it', async () => {
    vi.useFakeTimers();
    const calls: FetchCall[] = [];
    const { client, recorder } = testClient({ fetch: hangingFetch(calls), timeoutMs: 1_000 });
    const pending = errorOf(client.getConversation({ conversationId: 'c-1' }));
    await vi.advanceTimersByTimeAsync(999);
    expect(calls[0]?.signal?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await pending).toEqual({
      code: 'timeout',
      reason: 'no_answer_in_time',
      params: { seconds: 1 },
    });
    expect(calls).toHaveLength(1);
    expect(recorder.list()).toMatchObject([{ errorCode: 'timeout', status: null }]);
  });

  it('waits 30 s by default, since tool calls can take seconds', async () => {
    vi.useFakeTimers();
    const calls: FetchCall[] = [];
    const { client } = testClient({ fetch: hangingFetch(calls) });
    const pending = errorOf(client.sendMessage({ conversationId: 'c-1', message: 'book it' }));
    await vi.advanceTimersByTimeAsync(29_999);
    expect(calls[0]?.signal?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect((await pending).code).toBe('timeout');
    expect(DEFAULT_TIMEOUT_MS).toBe(30_000);
  });

  it('lets a call override the client timeout', async () => {
    vi.useFakeTimers();
    const { client } = testClient({ fetch: hangingFetch(), timeoutMs: 1_000 });
    const pending = errorOf(client.getAccount({ timeoutMs: 45_000 }));
    await vi.advanceTimersByTimeAsync(44_999);
    await vi.advanceTimersByTimeAsync(1);
    expect(await pending).toMatchObject({ reason: 'no_answer_in_time', params: { seconds: 45 } });
  });
});
