import type { EventName, EventPayload } from '../shared/ipc/contract';

export type EventListener = <E extends EventName>(name: E, payload: EventPayload<E>) => void;

/** Pushes from main to whichever transport is attached (Electron IPC or the browser host's SSE). */
export class EventBus {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners) listener(name, payload);
  }
}
