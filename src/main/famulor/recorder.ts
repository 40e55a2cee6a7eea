import type { Exchange } from '../../shared/domain/famulor';

export type ExchangeListener = (exchange: Exchange) => void;

export interface ExchangeFilter {
  /** Only the exchanges of one pane; `null` selects untagged ones. Omitted: all. */
  tag?: string | null;
}

export const DEFAULT_EXCHANGE_CAPACITY = 500;

/**
 * The raw view's memory: the last N exchanges (every attempt, retries included), oldest first. Records arrive
 * already redacted from the client; the recorder keeps them as they are.
 */
export class ExchangeRecorder {
  private readonly exchanges: Exchange[] = [];
  private readonly listeners = new Set<ExchangeListener>();

  constructor(private readonly capacity = DEFAULT_EXCHANGE_CAPACITY) {}

  record(exchange: Exchange): void {
    this.exchanges.push(exchange);
    if (this.exchanges.length > this.capacity)
      this.exchanges.splice(0, this.exchanges.length - this.capacity);
    for (const listener of this.listeners) {
      // A failing subscriber (e.g. a closed window) must not break the request that is being recorded.
      try {
        listener(exchange);
      } catch {
        this.listeners.delete(listener);
      }
    }
  }

  list(filter: ExchangeFilter = {}): Exchange[] {
    const { tag } = filter;
    return tag === undefined
      ? [...this.exchanges]
      : this.exchanges.filter((exchange) => exchange.tag === tag);
  }

  subscribe(listener: ExchangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  clear(filter: ExchangeFilter = {}): void {
    const kept =
      filter.tag === undefined ? [] : this.exchanges.filter((exchange) => exchange.tag !== filter.tag);
    this.exchanges.splice(0, this.exchanges.length, ...kept);
  }
}
