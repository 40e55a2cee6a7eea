import { describe, expect, it, vi } from 'vitest';
import { EventBus } from '../events';
import type { MainRuntime } from '../runtime';
import { deferredDispatcher, deferredEvents } from './deferredRuntime';

const later = () => {
  let resolve: (runtime: MainRuntime) => void = () => undefined;
  const promise = new Promise<MainRuntime>((done) => (resolve = done));
  const events = new EventBus();
  const dispatch = vi.fn(async () => ({ ok: true as const, data: 'answered' }));
  const runtime = { dispatcher: { dispatch }, services: { events } } as unknown as MainRuntime;
  return { promise, start: () => resolve(runtime), events, dispatch };
};

describe('deferredDispatcher', () => {
  it('holds a call until the runtime is up, then passes it on unchanged', async () => {
    const runtime = later();
    const answer = deferredDispatcher(runtime.promise).dispatch('app:info', {}, { requestId: 'r1' });
    await Promise.resolve();
    expect(runtime.dispatch).not.toHaveBeenCalled();
    runtime.start();
    await expect(answer).resolves.toEqual({ ok: true, data: 'answered' });
    expect(runtime.dispatch).toHaveBeenCalledWith('app:info', {}, { requestId: 'r1' });
  });
});

describe('deferredEvents', () => {
  it('attaches an early subscriber once the runtime is up', async () => {
    const runtime = later();
    const listener = vi.fn();
    deferredEvents(runtime.promise).subscribe(listener);
    runtime.start();
    await runtime.promise;
    runtime.events.emit('app:deepLink', {} as never);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('never attaches a subscriber that left before the runtime was up', async () => {
    const runtime = later();
    const listener = vi.fn();
    const unsubscribe = deferredEvents(runtime.promise).subscribe(listener);
    unsubscribe();
    runtime.start();
    await runtime.promise;
    runtime.events.emit('app:deepLink', {} as never);
    expect(listener).not.toHaveBeenCalled();
  });

  it('detaches after the runtime is up', async () => {
    const runtime = later();
    const listener = vi.fn();
    const unsubscribe = deferredEvents(runtime.promise).subscribe(listener);
    runtime.start();
    await runtime.promise;
    unsubscribe();
    runtime.events.emit('app:deepLink', {} as never);
    expect(listener).not.toHaveBeenCalled();
  });
});
