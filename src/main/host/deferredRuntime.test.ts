import { describe, expect, it, vi } from 'vitest';
import type { AppInfo } from '../../shared/ipc/channels/app';
import { EventBus } from '../events';
import type { MainRuntime } from '../runtime';
import { deferredDispatcher, deferredEvents, loadOnDemand } from './deferredRuntime';

const later = () => {
  let resolve: (runtime: MainRuntime) => void = () => undefined;
  const promise = new Promise<MainRuntime>((done) => (resolve = done));
  const events = new EventBus();
  const dispatch = vi.fn(async () => ({ ok: true as const, data: 'answered' }));
  const runtime = { dispatcher: { dispatch }, services: { events } } as unknown as MainRuntime;
  return { promise, start: () => resolve(runtime), events, dispatch };
};

describe('loadOnDemand', () => {
  it('loads nothing until the page wants it, then once, however often it is wanted', async () => {
    vi.useFakeTimers();
    try {
      const load = vi.fn(async () => 'runtime');
      const runtime = loadOnDemand(load, 1000);
      await vi.advanceTimersByTimeAsync(999);
      expect(load).not.toHaveBeenCalled();
      const [first, second] = await Promise.all([runtime.want(), runtime.want()]);
      expect([first, second, await runtime.loaded]).toEqual(['runtime', 'runtime', 'runtime']);
      await vi.advanceTimersByTimeAsync(5000);
      expect(load).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('loads after the fallback time when no page came', async () => {
    vi.useFakeTimers();
    try {
      const load = vi.fn(async () => 'runtime');
      const runtime = loadOnDemand(load, 1000);
      await vi.advanceTimersByTimeAsync(1000);
      expect(load).toHaveBeenCalledTimes(1);
      await expect(runtime.loaded).resolves.toBe('runtime');
    } finally {
      vi.useRealTimers();
    }
  });
});

const info: AppInfo = {
  name: 'Famulor Playground',
  version: '0.1.0',
  mode: 'browser',
  platform: 'linux',
  userDataDir: '/data',
};

describe('deferredDispatcher', () => {
  it('holds a call until the runtime is up, then passes it on unchanged', async () => {
    const runtime = later();
    const wanted = vi.fn(() => runtime.promise);
    const answer = deferredDispatcher(wanted, info).dispatch('sessions:list', {}, { requestId: 'r1' });
    await Promise.resolve();
    expect(wanted).toHaveBeenCalledTimes(1);
    expect(runtime.dispatch).not.toHaveBeenCalled();
    runtime.start();
    await expect(answer).resolves.toEqual({ ok: true, data: 'answered' });
    expect(runtime.dispatch).toHaveBeenCalledWith('sessions:list', {}, { requestId: 'r1' });
  });

  it('answers app:info itself while the runtime is still loading, and neither waits for it nor starts it', async () => {
    const runtime = later();
    const wanted = vi.fn(() => runtime.promise);
    await expect(
      deferredDispatcher(wanted, info).dispatch('app:info', {}, { requestId: 'r1' }),
    ).resolves.toEqual({
      ok: true,
      data: info,
    });
    expect(wanted).not.toHaveBeenCalled();
  });

  it.each([[{ extra: 1 }], [[]], [null], ['{}'], [undefined]])(
    'leaves app:info with input %j to the runtime, which refuses it',
    async (input) => {
      const runtime = later();
      const answer = deferredDispatcher(() => runtime.promise, info).dispatch('app:info', input, undefined);
      runtime.start();
      await expect(answer).resolves.toEqual({ ok: true, data: 'answered' });
      expect(runtime.dispatch).toHaveBeenCalledWith('app:info', input, undefined);
    },
  );
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
