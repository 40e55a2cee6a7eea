import { channelTable } from '../shared/ipc/channelTable';
import type { CallMeta, Channel, PlaygroundApi } from '../shared/ipc/contract';

export type Invoke = (channel: string, input: unknown, meta: CallMeta | undefined) => Promise<unknown>;
export type Subscribe = (event: string, listener: (payload: unknown) => void) => () => void;

/**
 * Builds `window.api` from the contract's names (channelTable.ts): one method per channel under its name, and one
 * subscriber per event. Both bridges use it, so a channel added to the contract reaches the renderer with no other
 * change. The methods are typed by the contract where the renderer calls them; here every one is the same forwarder.
 */
export const buildApi = (invoke: Invoke, subscribe: Subscribe): PlaygroundApi => {
  const forward = (name: Channel) => (input: unknown, meta?: CallMeta) => invoke(name, input, meta);
  const listen = (name: string) => (listener: (payload: unknown) => void) => subscribe(name, listener);
  const methods = Object.fromEntries(
    (Object.keys(channelTable.inputLimits) as Channel[]).map((n) => [n, forward(n)]),
  );
  const events = Object.fromEntries(channelTable.events.map((name) => [name, listen(name)]));
  return { ...methods, events } as PlaygroundApi;
};
