import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppFailure } from '../../shared/result';
import { RequestPacer, whatsappSendPacer } from './pacer';
import { track } from '../testing/famulorClientTestKit';

// What the pacer's queue promises beyond its waits (pacer.test.ts): order, cancellation, timers and reports.
beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse('2026-06-15T12:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('RequestPacer, what the queue promises', () => {
  it('counts the older answer first: a call answered early frees its place first', async () => {
    const pacer = new RequestPacer([{ limit: 2, windowMs: 1000 }]);
    const first = await pacer.acquire();
    const second = await pacer.acquire();
    await vi.advanceTimersByTimeAsync(100);
    second.answered();
    await vi.advanceTimersByTimeAsync(800);
    first.answered();
    // The server counted the second call by 100 ms and the first by 900 ms: a third fits at 1100 ms.
    const third = track(pacer.acquire());
    await vi.advanceTimersByTimeAsync(199);
    expect(third.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(third.settled).toBe(true);
  });

  it('keeps its order: a call made the moment a place frees up queues behind the one already waiting', async () => {
    const pacer = new RequestPacer([{ limit: 1, windowMs: 1000 }]);
    await pacer.acquire();
    const waiting = track(pacer.acquire());
    vi.advanceTimersByTime(1000);
    const newcomer = track(pacer.acquire());
    await vi.advanceTimersByTimeAsync(0);
    expect(waiting.settled).toBe(true);
    expect(newcomer.settled).toBe(false);
  });

  it('cancels the call it was asked to, wherever it is in the queue', async () => {
    const pacer = new RequestPacer([{ limit: 1, windowMs: 1000 }]);
    await pacer.acquire();
    const controller = new AbortController();
    const first = track(pacer.acquire());
    const second = track(pacer.acquire(controller.signal));
    const third = track(pacer.acquire());
    controller.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect((second.error as AppFailure).error.code).toBe('cancelled');
    expect(pacer.queued).toBe(2);
    await vi.advanceTimersByTimeAsync(2000);
    expect([first.settled, third.settled, first.error, third.error]).toEqual([
      true,
      true,
      undefined,
      undefined,
    ]);
  });

  it('runs one timer however many calls queue, and none once they are all cancelled', async () => {
    const pacer = new RequestPacer([{ limit: 1, windowMs: 1000 }]);
    await pacer.acquire();
    const controllers = [new AbortController(), new AbortController(), new AbortController()];
    const queued = controllers.map((controller) => track(pacer.acquire(controller.signal)));
    expect(vi.getTimerCount()).toBe(1);
    for (const controller of controllers) controller.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(queued.every((call) => (call.error as AppFailure).error.code === 'cancelled')).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('tells the status bar the queue and the next wait after every call it lets through', async () => {
    const reports: [number, number][] = [];
    const pacer = new RequestPacer([{ limit: 1, windowMs: 1000 }], {
      onQueue: (queued, waitMs) => reports.push([queued, waitMs]),
    });
    await pacer.acquire();
    void pacer.acquire();
    void pacer.acquire();
    expect(reports).toEqual([
      [1, 1000],
      [2, 1000],
    ]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(reports.at(-1)).toEqual([1, 1000]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(reports.at(-1)).toEqual([0, 0]);
  });

  it('takes a call cancelled while it is being told its wait out of the queue', async () => {
    const pacer = new RequestPacer([{ limit: 1, windowMs: 1000 }]);
    await pacer.acquire();
    const controller = new AbortController();
    const call = track(pacer.acquire(controller.signal, () => controller.abort()));
    await vi.advanceTimersByTimeAsync(0);
    expect((call.error as AppFailure).error.code).toBe('cancelled');
    expect(pacer.queued).toBe(0);
  });

  it('paces WhatsApp sends at 5 a second', async () => {
    const pacer = whatsappSendPacer();
    for (let call = 0; call < 5; call += 1) await pacer.acquire();
    const sixth = track(pacer.acquire());
    await vi.advanceTimersByTimeAsync(999);
    expect(sixth.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(sixth.settled).toBe(true);
  });
});
