import type { EventBus } from './events';

/**
 * Holds the latest `famulor-playground://` link until the renderer takes it. A link can arrive before the
 * renderer listens (the app was launched by it), so the renderer asks on start and again on every nudge.
 */
export class DeepLinkInbox {
  private pending: string | null = null;

  constructor(private readonly events: EventBus) {}

  deliver(url: string): void {
    this.pending = url;
    this.events.emit('app:deepLink', {});
  }

  take(): string | null {
    const url = this.pending;
    this.pending = null;
    return url;
  }
}
