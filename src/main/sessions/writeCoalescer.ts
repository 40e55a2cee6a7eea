/**
 * Coalesces writes per key: a burst of changes (typing a draft, a stream of messages) becomes one write after
 * `delayMs` of quiet, and never later than `maxWaitMs` after the first unsaved change, so constant typing
 * still reaches the disk.
 */
export interface WriteCoalescerOptions {
  delayMs: number;
  maxWaitMs: number;
  /** Writes the current state of `key`; throws when the write failed (the key then stays pending). */
  write: (key: string) => void;
  onError: (key: string, error: unknown) => void;
  now?: () => number;
}

interface Pending {
  timer: ReturnType<typeof setTimeout>;
  firstChangeAt: number;
}

export class WriteCoalescer {
  private readonly pending = new Map<string, Pending>();
  private readonly now: () => number;

  constructor(private readonly options: WriteCoalescerOptions) {
    this.now = options.now ?? Date.now;
  }

  schedule(key: string): void {
    const existing = this.pending.get(key);
    const firstChangeAt = existing?.firstChangeAt ?? this.now();
    if (existing) clearTimeout(existing.timer);
    const untilDeadline = firstChangeAt + this.options.maxWaitMs - this.now();
    const delay = Math.max(0, Math.min(this.options.delayMs, untilDeadline));
    const timer = setTimeout(() => this.writeNow(key), delay);
    this.pending.set(key, { timer, firstChangeAt });
  }

  /** Writes `key` now if it has unsaved changes; returns false when the write failed. */
  flush(key: string): boolean {
    return this.pending.has(key) ? this.writeNow(key) : true;
  }

  /** Writes every key with unsaved changes; returns the keys whose write failed. */
  flushAll(): string[] {
    return [...this.pending.keys()].filter((key) => !this.writeNow(key));
  }

  /** Forgets unsaved changes of `key` (its file is being deleted). */
  cancel(key: string): void {
    const existing = this.pending.get(key);
    if (existing) clearTimeout(existing.timer);
    this.pending.delete(key);
  }

  isPending(key: string): boolean {
    return this.pending.has(key);
  }

  /** Stops every timer (after a final flush on quit) so nothing fires into a closed store. */
  dispose(): void {
    for (const { timer } of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }

  private writeNow(key: string): boolean {
    const existing = this.pending.get(key);
    if (existing) clearTimeout(existing.timer);
    this.pending.delete(key);
    try {
      this.options.write(key);
      return true;
    } catch (error) {
      this.options.onError(key, error);
      // Keep the change: the next change or the next flush tries again.
      this.pending.set(key, {
        timer: setTimeout(() => this.writeNow(key), this.options.maxWaitMs),
        firstChangeAt: existing?.firstChangeAt ?? this.now(),
      });
      return false;
    }
  }
}
