import type { Channel, EventName } from './contract';

/**
 * What of the contract the preload, the browser bridge and the browser host's first module need: the channels'
 * names with their input limits, and the events' names. The build copies it from contract.ts (`channelTableOf`,
 * put in as `__CHANNEL_TABLE__` by electron.vite.config.ts and vitest.config.ts), so none of them loads zod and
 * builds every schema only to learn the names — about 90 ms of a start in the page.
 */
export interface ChannelTable {
  /** Each channel's largest input in bytes of its JSON. */
  inputLimits: Readonly<Record<Channel, number>>;
  events: readonly EventName[];
}

declare const __CHANNEL_TABLE__: ChannelTable;

export const channelTable: ChannelTable = __CHANNEL_TABLE__;

/** The channel's input limit, or undefined when no such channel exists. */
export const inputLimitOf = (name: string): number | undefined =>
  Object.hasOwn(channelTable.inputLimits, name) ? channelTable.inputLimits[name as Channel] : undefined;
