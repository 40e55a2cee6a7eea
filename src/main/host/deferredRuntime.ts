import type { EventBus } from '../events';
import type { Dispatcher } from '../ipc/dispatch';
import type { MainRuntime } from '../runtime';

/**
 * The browser host listens before main's runtime has loaded (its modules and stores take the longest part of
 * a start), so the browser fetches and parses the page meanwhile. Calls and event subscriptions that arrive
 * early wait for the runtime.
 */
export const deferredDispatcher = (runtime: Promise<MainRuntime>): Dispatcher => ({
  dispatch: async (channel, input, meta) => (await runtime).dispatcher.dispatch(channel, input, meta),
});

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
