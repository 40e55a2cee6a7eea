import type { AppInfo } from '../../shared/ipc/channels/app';
import type { EventBus } from '../events';
import type { Dispatcher } from '../ipc/dispatch';
import type { MainRuntime } from '../runtime';

/**
 * The browser host listens before main's runtime has loaded (its modules and stores take the longest part of
 * a start), so the browser fetches and parses the page meanwhile. Loading the runtime holds the host's only
 * thread for a while, so it waits until the page wants it — it has been sent every file its HTML names (and the
 * browser is busy running them), its socket opens or its first call comes — or until `fallbackMs` passed without
 * a page.
 */
export interface RuntimeOnDemand<T> {
  /** Starts loading (once) and answers the loaded runtime. */
  want(): Promise<T>;
  /** The runtime once it has loaded, without starting it. */
  loaded: Promise<T>;
}

export const loadOnDemand = <T>(load: () => Promise<T>, fallbackMs: number): RuntimeOnDemand<T> => {
  let started: Promise<T> | null = null;
  let resolveLoaded: (runtime: Promise<T>) => void = () => undefined;
  const loaded = new Promise<T>((resolve) => (resolveLoaded = resolve));
  const fallback = setTimeout(() => void want(), fallbackMs);
  const want = () => {
    if (!started) {
      clearTimeout(fallback);
      started = load();
      resolveLoaded(started);
    }
    return started;
  };
  return { want, loaded };
};

/** `app:info`'s only valid input (its schema is a strict empty object), told apart without loading the contract. */
const isEmptyObject = (input: unknown): boolean =>
  typeof input === 'object' &&
  input !== null &&
  !Array.isArray(input) &&
  Object.getPrototypeOf(input) === Object.prototype &&
  Object.keys(input).length === 0;

/**
 * Calls that arrive early start the runtime and wait for it — all but `app:info`, which the host answers itself
 * with the facts it was started with (the same object the runtime answers with): the shell needs nothing more to be
 * usable, and need not wait for the runtime's modules to load. Any other input goes to the runtime, which refuses it.
 */
export const deferredDispatcher = (runtime: () => Promise<MainRuntime>, info: AppInfo): Dispatcher => ({
  dispatch: async (channel, input, meta) =>
    channel === 'app:info' && isEmptyObject(input)
      ? { ok: true, data: info }
      : (await runtime()).dispatcher.dispatch(channel, input, meta),
});

/** Subscribers attach once the runtime is up; subscribing does not start it (the host subscribes as it starts). */
export const deferredEvents = (runtime: Promise<MainRuntime>): Pick<EventBus, 'subscribe'> => ({
  subscribe(listener) {
    let unsubscribe: (() => void) | null = null;
    let cancelled = false;
    void runtime.then(({ services }) => {
      if (!cancelled) unsubscribe = services.events.subscribe(listener);
    });
    return () => {
      cancelled = true;
      unsubscribe?.();
    };
  },
});
