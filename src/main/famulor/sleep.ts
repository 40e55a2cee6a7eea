export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** Thrown by a sleep that was interrupted, so callers can tell a cancelled wait from any other failure. */
export class SleepAborted extends Error {
  constructor() {
    super('The wait was aborted.');
    this.name = 'SleepAborted';
  }
}

/** A timer that rejects with SleepAborted as soon as the signal aborts, and leaves no timer behind. */
export const abortableSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(new SleepAborted());
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(new SleepAborted());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
