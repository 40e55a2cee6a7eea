import { AppFailure } from '../../shared/result';
import {
  ACCOUNT_WINDOWS,
  GENERATE_REPLY_WINDOWS,
  WHATSAPP_SEND_WINDOWS,
  type RateWindow,
} from '../../shared/limits';
import { cancelledError } from './errors';
import { abortableSleep, type Sleep } from './sleep';

/** Told when a call has to queue: how long until it is sent and its place in the queue (1 = next). */
export type PacerWaitListener = (waitMs: number, queued: number) => void;

/** Told whenever the queue changes: how many calls wait and how long until the next is sent (0: none wait). */
export type PacerQueueListener = (queued: number, nextInMs: number) => void;

export interface RequestPacerOptions {
  now?: () => number;
  sleep?: Sleep;
  onQueue?: PacerQueueListener;
}

/** A call let through; `answered` when its answer (or its failure) came back. */
export interface PacerGrant {
  answered(): void;
}

interface Waiter {
  resolve: (grant: PacerGrant) => void;
  reject: (failure: AppFailure) => void;
  onWait?: PacerWaitListener;
  signal?: AbortSignal;
  onAbort: () => void;
}

/**
 * Keeps calls within Famulor's limits — every window must have room (rolling windows, so never more than
 * `limit` in any `windowMs`) — so the UI can count down instead of collecting 429s. Calls beyond the limit wait
 * in FIFO order; a cancelled call leaves the queue and the calls behind it are told their new, shorter wait.
 */
export class RequestPacer {
  private readonly windows: readonly RateWindow[];
  private readonly longestWindowMs: number;
  private readonly now: () => number;
  private readonly sleep: Sleep;
  private readonly onQueue: PacerQueueListener | undefined;
  /** The calls still inside the window, oldest first: when each was sent, or answered once it was. */
  private readonly grants: { at: number }[] = [];
  private readonly queue: Waiter[] = [];
  private blockedUntil = 0;
  private pumping = false;
  private wake: AbortController | null = null;

  constructor(windows: readonly RateWindow[], options: RequestPacerOptions = {}) {
    this.windows = windows;
    this.longestWindowMs = Math.max(...windows.map((window) => window.windowMs));
    this.now = options.now ?? (() => Date.now());
    this.sleep = options.sleep ?? abortableSleep;
    this.onQueue = options.onQueue;
  }

  get queued(): number {
    return this.queue.length;
  }

  /**
   * Resolves when the call may be sent; rejects with a 'cancelled' AppFailure when the signal aborts first. The
   * grant is to be told when the call was answered.
   */
  acquire(signal?: AbortSignal, onWait?: PacerWaitListener): Promise<PacerGrant> {
    if (signal?.aborted) return Promise.reject(new AppFailure(cancelledError()));
    this.prune();
    if (this.queue.length === 0 && this.waitForSlot(this.sendTimes()) === 0)
      return Promise.resolve(this.grant());
    return new Promise<PacerGrant>((resolve, reject) => {
      const waiter: Waiter = { resolve, reject, onWait, signal, onAbort: () => this.cancel(waiter) };
      this.queue.push(waiter);
      signal?.addEventListener('abort', waiter.onAbort, { once: true });
      this.report(this.queue.length - 1);
      void this.pump();
    });
  }

  /**
   * A server counts a call when it arrives, which is some time after it was sent — longer for one that opens a
   * connection than for one that reuses it — and before it is answered. So a call holds its place in the windows
   * from its answer on: then however long each took to arrive, the server never sees more than the limit in a window.
   */
  private grant(): PacerGrant {
    const record = { at: this.now() };
    this.grants.push(record);
    return {
      answered: () => {
        record.at = Math.max(record.at, this.now());
        this.grants.sort((a, b) => a.at - b.at);
      },
    };
  }

  private sendTimes(): number[] {
    return this.grants.map((record) => record.at);
  }

  /** After a 429 the server knows better than our count: nothing is sent before the time it named. */
  holdUntil(timeMs: number): void {
    this.blockedUntil = Math.max(this.blockedUntil, timeMs);
  }

  private prune(): void {
    const horizon = this.now() - this.longestWindowMs;
    while (this.grants.length > 0 && (this.grants[0]?.at ?? 0) <= horizon) this.grants.shift();
  }

  /** Milliseconds until one more call fits, given the send times (oldest first) before it. */
  private waitForSlot(sendTimes: number[]): number {
    const now = this.now();
    const earliest = this.windows.map(({ limit, windowMs }) =>
      sendTimes.length >= limit ? (sendTimes[sendTimes.length - limit] ?? 0) + windowMs : now,
    );
    return Math.max(0, ...earliest.map((time) => time - now), this.blockedUntil - now);
  }

  /** Waits of the queued calls, assuming each is sent as soon as it may be. */
  private estimates(): number[] {
    const now = this.now();
    const sendTimes = this.sendTimes();
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
    this.onQueue?.(this.queue.length, waits[0] ?? 0);
  }

  private cancel(waiter: Waiter): void {
    const index = this.queue.indexOf(waiter);
    if (index === -1) return;
    this.queue.splice(index, 1);
    waiter.reject(new AppFailure(cancelledError()));
    if (this.queue.length === 0) {
      this.wake?.abort();
      this.onQueue?.(0, 0);
    } else this.report(index);
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      for (let next = this.queue[0]; next; next = this.queue[0]) {
        this.prune();
        const wait = this.waitForSlot(this.sendTimes());
        if (wait > 0) {
          this.wake = new AbortController();
          await this.sleep(wait, this.wake.signal).catch(() => undefined);
          continue;
        }
        this.queue.shift();
        next.signal?.removeEventListener('abort', next.onAbort);
        next.resolve(this.grant());
        this.onQueue?.(this.queue.length, this.estimates()[0] ?? 0);
      }
    } finally {
      this.pumping = false;
      this.wake = null;
    }
  }
}

/** The endpoints with a limit of their own, on top of the account's. */
export type PacedEndpoint = 'generate_reply' | 'whatsapp_send';

/** WhatsApp's sends (freeform and template): 5 a second per user. */
export const whatsappSendPacer = (options: RequestPacerOptions = {}) =>
  new RequestPacer(WHATSAPP_SEND_WINDOWS, options);

/** generate-reply's own limit, per API token. */
export const generateReplyPacer = (options: RequestPacerOptions = {}) =>
  new RequestPacer(GENERATE_REPLY_WINDOWS, options);

/** The account-wide limit, shared by every call of the account whatever key it carries. */
export const accountPacer = (options: RequestPacerOptions = {}) => new RequestPacer(ACCOUNT_WINDOWS, options);
