import { AppFailure } from '../../shared/result';
import { GENERATE_REPLY_PER_MINUTE } from '../../shared/limits';
import { cancelledError } from './errors';
import { abortableSleep, type Sleep } from './sleep';

/** Told when a call has to queue: how long until it is sent and its place in the queue (1 = next). */
export type PacerWaitListener = (waitMs: number, queued: number) => void;

export interface GenerateReplyPacerOptions {
  limit?: number;
  windowMs?: number;
  now?: () => number;
  sleep?: Sleep;
}

interface Waiter {
  resolve: () => void;
  reject: (failure: AppFailure) => void;
  onWait?: PacerWaitListener;
  signal?: AbortSignal;
  onAbort: () => void;
}

/**
 * Keeps generate-reply calls of one API key within Famulor's limit (5 per rolling minute), so the UI can
 * count down instead of collecting 429s. Calls beyond the limit wait in FIFO order; a cancelled call leaves
 * the queue and the calls behind it are told their new, shorter wait.
 */
export class GenerateReplyPacer {
  private readonly limit: number;
  private readonly windowMs: number;
  private readonly now: () => number;
  private readonly sleep: Sleep;
  /** Send times of the calls still inside the window, oldest first. */
  private readonly grants: number[] = [];
  private readonly queue: Waiter[] = [];
  private blockedUntil = 0;
  private pumping = false;
  private wake: AbortController | null = null;

  constructor(options: GenerateReplyPacerOptions = {}) {
    this.limit = options.limit ?? GENERATE_REPLY_PER_MINUTE;
    this.windowMs = options.windowMs ?? 60_000;
    this.now = options.now ?? (() => Date.now());
    this.sleep = options.sleep ?? abortableSleep;
  }

  get queued(): number {
    return this.queue.length;
  }

  /** Resolves when the call may be sent; rejects with a 'cancelled' AppFailure when the signal aborts first. */
  acquire(signal?: AbortSignal, onWait?: PacerWaitListener): Promise<void> {
    if (signal?.aborted) return Promise.reject(new AppFailure(cancelledError()));
    this.prune();
    if (this.queue.length === 0 && this.waitForSlot([...this.grants]) === 0) {
      this.grants.push(this.now());
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { resolve, reject, onWait, signal, onAbort: () => this.cancel(waiter) };
      this.queue.push(waiter);
      signal?.addEventListener('abort', waiter.onAbort, { once: true });
      this.report(this.queue.length - 1);
      void this.pump();
    });
  }

  /** After a 429 the server knows better than our count: nothing is sent before the time it named. */
  holdUntil(timeMs: number): void {
    this.blockedUntil = Math.max(this.blockedUntil, timeMs);
  }

  private prune(): void {
    const horizon = this.now() - this.windowMs;
    while (this.grants.length > 0 && (this.grants[0] ?? 0) <= horizon) this.grants.shift();
  }

  /** Milliseconds until one more call fits, given the send times (oldest first) before it. */
  private waitForSlot(sendTimes: number[]): number {
    const now = this.now();
    const windowFull = sendTimes.length >= this.limit;
    const earliest = windowFull ? (sendTimes[sendTimes.length - this.limit] ?? 0) + this.windowMs : now;
    return Math.max(0, earliest - now, this.blockedUntil - now);
  }

  /** Waits of the queued calls, assuming each is sent as soon as it may be. */
  private estimates(): number[] {
    const now = this.now();
    const sendTimes = [...this.grants];
    return this.queue.map(() => {
      const wait = this.waitForSlot(sendTimes);
      sendTimes.push(now + wait);
      return wait;
    });
  }

  private report(fromIndex: number): void {
    const waits = this.estimates();
    this.queue.forEach((waiter, index) => {
      if (index >= fromIndex) waiter.onWait?.(waits[index] ?? 0, index + 1);
    });
  }

  private cancel(waiter: Waiter): void {
    const index = this.queue.indexOf(waiter);
    if (index === -1) return;
    this.queue.splice(index, 1);
    waiter.reject(new AppFailure(cancelledError()));
    if (this.queue.length === 0) this.wake?.abort();
    else this.report(index);
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      for (let next = this.queue[0]; next; next = this.queue[0]) {
        this.prune();
        const wait = this.waitForSlot(this.grants);
        if (wait > 0) {
          this.wake = new AbortController();
          await this.sleep(wait, this.wake.signal).catch(() => undefined);
          continue;
        }
        this.queue.shift();
        next.signal?.removeEventListener('abort', next.onAbort);
        this.grants.push(this.now());
        next.resolve();
      }
    } finally {
      this.pumping = false;
      this.wake = null;
    }
  }
}
