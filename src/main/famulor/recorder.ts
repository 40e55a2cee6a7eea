import type { Exchange } from '../../shared/domain/famulor';

export interface ExchangeFilter {
  /** Only the exchanges of one pane; `null` selects untagged ones. Omitted: all. */
  tag?: string | null;
}

export interface RecorderLimits {
  /** How many exchanges are kept. */
  capacity: number;
  /** How many bytes of bodies all kept exchanges may hold together; the oldest go first. */
  byteBudget: number;
}

export const DEFAULT_RECORDER_LIMITS: RecorderLimits = { capacity: 500, byteBudget: 16 * 1024 * 1024 };

interface Kept {
  exchange: Exchange;
  bytes: number;
}

/**
 * The raw view's memory: the last exchanges (every attempt, retries included), oldest first, within a count and
 * a byte budget, so that reopening a large thread does not grow main by its size each time. Records arrive
 * already redacted and cut from the client; the recorder keeps them as they are.
 */
export class ExchangeRecorder {
  private kept: Kept[] = [];
  private totalBytes = 0;

  constructor(private readonly limits: RecorderLimits = DEFAULT_RECORDER_LIMITS) {}

  /** `bytes`: what the exchange's bodies hold, as the client measured them while recording. */
  record(exchange: Exchange, bytes: number): void {
    this.kept.push({ exchange, bytes });
    this.totalBytes += bytes;
    let drop = 0;
    // The newest exchange always stays, even alone over the budget: it is the one being looked at.
    while (
      drop < this.kept.length - 1 &&
      (this.kept.length - drop > this.limits.capacity || this.totalBytes > this.limits.byteBudget)
    ) {
      this.totalBytes -= this.kept[drop]?.bytes ?? 0;
      drop += 1;
    }
    if (drop > 0) this.kept = this.kept.slice(drop);
  }

  list(filter: ExchangeFilter = {}): Exchange[] {
    const { tag } = filter;
    const exchanges = this.kept.map((item) => item.exchange);
    return tag === undefined ? exchanges : exchanges.filter((exchange) => exchange.tag === tag);
  }

  clear(filter: ExchangeFilter = {}): void {
    this.kept = filter.tag === undefined ? [] : this.kept.filter((item) => item.exchange.tag !== filter.tag);
    this.totalBytes = this.kept.reduce((sum, item) => sum + item.bytes, 0);
  }
}
