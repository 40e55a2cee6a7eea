import { channelTable } from '../shared/ipc/channelTable';
import type { CallMeta, Channel, PlaygroundApi } from '../shared/ipc/contract';
import { splitChannel } from '../shared/ipc/transport';

export type Invoke = (channel: string, input: unknown, meta: CallMeta | undefined) => Promise<unknown>;
export type Subscribe = (event: string, listener: (payload: unknown) => void) => () => void;

/**
 * Builds `window.api` from the contract's names (channelTable.ts): one method per channel, grouped by domain, and one subscriber per
 * event. Both bridges use it, so a channel added to the contract reaches the renderer with no other change.
 */
export const buildApi = (invoke: Invoke, subscribe: Subscribe): PlaygroundApi => {
  const api: Record<string, Record<string, unknown>> = { events: {} };
  for (const name of Object.keys(channelTable.inputLimits) as Channel[]) {
    const [domain, verb] = splitChannel(name);
    api[domain] ??= {};
    api[domain][verb] = (input: unknown, meta?: CallMeta) => invoke(name, input, meta);
  }
  for (const name of channelTable.events) {
    api.events[name] = (listener: (payload: unknown) => void) => subscribe(name, listener);
  }
  return api as unknown as PlaygroundApi;
};
