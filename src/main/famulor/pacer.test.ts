import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppFailure } from '../../shared/result';
import { generateReplyPacer, RequestPacer } from './pacer';
import { abortableSleep } from './sleep';
import {
  jsonResponse,
  LEAK_KEY,
  rejectionOf,
  scriptedFetch,
  testClient,
  GENERATED_REPLY,
  track,
} from '../testing/famulorClientTestKit';

beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse('2026-06-15T12:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('RequestPacer', () => {
  it('holds a slot until the call is answered: a server counting arrivals never sees one call too many', async () => {
    // The first call of a window may take long to arrive (a connection being set up), the next one not: counted from
    // when each was sent, the third would reach a server that counts arrivals inside the first one's window.
    const pacer = new RequestPacer([{ limit: 2, windowMs: 1000 }]);
    const first = await pacer.acquire();
    const second = await pacer.acquire();
    await vi.advanceTimersByTimeAsync(300);
    first.answered();
    second.answered();
    const third = track(pacer.acquire());
    await vi.advanceTimersByTimeAsync(999);
    expect(third.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(third.settled).toBe(true);
  });

  it('lets 5 calls through at once and queues the rest with their waits and places', async () => {
    const pacer = generateReplyPacer();
    for (let call = 0; call < 5; call += 1) await pacer.acquire();
    const waits: [number, number][] = [];
    const queued = Array.from({ length: 6 }, () =>
      track(pacer.acquire(undefined, (ms, n) => waits.push([ms, n]))),
    );
    expect(waits).toEqual([
      [60_000, 1],
      [60_000, 2],
      [60_000, 3],
      [60_000, 4],
      [60_000, 5],
      [120_000, 6],
    ]);
    expect(pacer.queued).toBe(6);

    await vi.advanceTimersByTimeAsync(59_999);
    expect(queued.some((state) => state.settled)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(queued.map((state) => state.settled)).toEqual([true, true, true, true, true, false]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(queued[5]?.settled).toBe(true);
    expect(pacer.queued).toBe(0);
  });

  it('counts a rolling minute, not a fixed one', async () => {
    const pacer = generateReplyPacer();
    for (let call = 0; call < 5; call += 1) {
      await pacer.acquire();
      await vi.advanceTimersByTimeAsync(10_000);
    }
    // Calls went out at 0, 10, 20, 30 and 40 s; it is now 50 s, so the next slot opens at 60 s.
    const waits: number[] = [];
    const sixth = track(pacer.acquire(undefined, (ms) => waits.push(ms)));
    expect(waits).toEqual([10_000]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sixth.settled).toBe(true);
  });

  it('takes a cancelled call out of the queue and tells the ones behind it their shorter wait', async () => {
    const pacer = generateReplyPacer();
    for (let call = 0; call < 5; call += 1) {
      await pacer.acquire();
      await vi.advanceTimersByTimeAsync(10_000);
    }
    const controller = new AbortController();
    const firstWaits: number[] = [];
    const secondWaits: [number, number][] = [];
    const first = track(pacer.acquire(controller.signal, (ms) => firstWaits.push(ms)));
    const second = track(pacer.acquire(undefined, (ms, n) => secondWaits.push([ms, n])));
    expect(firstWaits).toEqual([10_000]);
    expect(secondWaits).toEqual([[20_000, 2]]);

    controller.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(first.error).toBeInstanceOf(AppFailure);
    expect((first.error as AppFailure).error.code).toBe('cancelled');
    expect(secondWaits).toEqual([
      [20_000, 2],
      [10_000, 1],
    ]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(second.settled).toBe(true);
    expect(second.error).toBeUndefined();
  });

  it('leaves no timer behind when the last queued call is cancelled', async () => {
    const pacer = generateReplyPacer();
    for (let call = 0; call < 5; call += 1) await pacer.acquire();
    const controller = new AbortController();
    const queued = track(pacer.acquire(controller.signal));
    expect(vi.getTimerCount()).toBe(1);
    controller.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect((queued.error as AppFailure).error.code).toBe('cancelled');
    expect(pacer.queued).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('refuses an already aborted call', async () => {
    const pacer = generateReplyPacer();
    const error = await rejectionOf(pacer.acquire(AbortSignal.abort()));
    expect((error as AppFailure).error.code).toBe('cancelled');
  });

  it('holds every call after a 429 until the time the server named', async () => {
    const pacer = generateReplyPacer();
    pacer.holdUntil(Date.now() + 30_000);
    const waits: number[] = [];
    const held = track(pacer.acquire(undefined, (ms) => waits.push(ms)));
    expect(waits).toEqual([30_000]);
    await vi.advanceTimersByTimeAsync(29_999);
    expect(held.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(held.settled).toBe(true);
  });
});

describe('the client with a pacer', () => {
  const input = { assistantId: 7, customerIdentifier: 'crm-1', message: 'hi' };

  it('queues the sixth reply of a minute and sends it when the window allows', async () => {
    const { fetch, calls } = scriptedFetch(
      ...Array.from({ length: 6 }, () => jsonResponse(200, GENERATED_REPLY)),
    );
    const { client } = testClient({ fetch, pacer: generateReplyPacer(), sleep: abortableSleep });
    for (let call = 0; call < 5; call += 1) await client.generateReply(input);
    const waits: [number, number][] = [];
    const sixth = track(client.generateReply(input, { onPacerWait: (ms, n) => waits.push([ms, n]) }));
    await vi.advanceTimersByTimeAsync(0);
    expect(waits).toEqual([[60_000, 1]]);
    expect(calls).toHaveLength(5);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sixth.settled).toBe(true);
    expect(calls).toHaveLength(6);
  });

  it('drops a queued reply that is cancelled: no request, no recording', async () => {
    const { fetch, calls } = scriptedFetch(
      ...Array.from({ length: 5 }, () => jsonResponse(200, GENERATED_REPLY)),
    );
    const { client, recorder } = testClient({
      fetch,
      pacer: generateReplyPacer(),
      sleep: abortableSleep,
    });
    for (let call = 0; call < 5; call += 1) await client.generateReply(input);
    const controller = new AbortController();
    const queued = track(client.generateReply(input, { signal: controller.signal }));
    await vi.advanceTimersByTimeAsync(1_000);
    controller.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect((queued.error as AppFailure).error).toEqual({
      code: 'cancelled',
      reason: 'cancelled',
    });
    expect(calls).toHaveLength(5);
    expect(recorder.list()).toHaveLength(5);
  });

  it('keeps one pacer per API key when none is given', async () => {
    let key = LEAK_KEY;
    const { fetch, calls } = scriptedFetch(
      ...Array.from({ length: 6 }, () => jsonResponse(200, GENERATED_REPLY)),
    );
    const { client } = testClient({
      fetch,
      pacer: undefined,
      sleep: abortableSleep,
      getApiKey: async () => key,
    });
    for (let call = 0; call < 5; call += 1) await client.generateReply(input);
    key = 'another-key-0000';
    await client.generateReply(input);
    expect(calls).toHaveLength(6);

    key = LEAK_KEY;
    const waits: number[] = [];
    const controller = new AbortController();
    const paced = track(
      client.generateReply(input, { signal: controller.signal, onPacerWait: (ms) => waits.push(ms) }),
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(waits).toEqual([60_000]);
    controller.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(paced.settled).toBe(true);
  });
});
