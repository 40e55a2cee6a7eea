import type { z } from 'zod';
import type { Result } from '../result';
import type { EventSpec } from './channel';
import type { ChannelTable } from './channelTable';
import { appChannels } from './channels/app';
import { demoChannels } from './channels/demo';
import { exportChannels } from './channels/exports';
import { famulorChannels } from './channels/famulor';
import { labChannels } from './channels/lab';
import { packChannels } from './channels/packs';
import { sessionChannels } from './channels/sessions';
import { settingsChannels } from './channels/settings';
import { testsChannels } from './channels/tests';
import { whatsappChannels } from './channels/whatsapp';
import { appEvents } from './events';

/**
 * Every channel between renderer and main, with zod schemas for input and output. A new channel is one
 * entry in a domain file under channels/: the preload, the browser bridge and lib/api.ts derive their
 * methods from this object, and main refuses to start without a handler for it.
 */
export const contract = {
  ...appChannels,
  ...demoChannels,
  ...exportChannels,
  ...famulorChannels,
  ...labChannels,
  ...packChannels,
  ...sessionChannels,
  ...settingsChannels,
  ...testsChannels,
  ...whatsappChannels,
};

export const events = appEvents satisfies Record<string, EventSpec>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]['payload']>;

export const channelNames = Object.keys(contract) as Channel[];
export const eventNames = Object.keys(events) as EventName[];

export const isChannel = (name: string): name is Channel => Object.hasOwn(contract, name);

/** The names and limits the bundles get at build time (see channelTable.ts). */
export const channelTableOf = (): ChannelTable => ({
  inputLimits: Object.fromEntries(channelNames.map((name) => [name, contract[name].maxInputBytes])) as Record<
    Channel,
    number
  >,
  events: eventNames,
});
export const isEventName = (name: string): name is EventName => Object.hasOwn(events, name);

/** Per-call options that travel beside the input: the id under which `app:cancel` can abort it. */
export interface CallMeta {
  requestId?: string;
}

/** One method per channel, keyed by the channel's name (`api['app:info'](...)`). */
export type ChannelMethods = {
  [C in Channel]: (input: ChannelInput<C>, meta?: CallMeta) => Promise<Result<ChannelOutput<C>>>;
};

/**
 * `window.api`: the channels' methods under their names, and one subscriber per event under `events` (no channel
 * is named that: every channel's name has a colon).
 */
export type PlaygroundApi = ChannelMethods & {
  events: { [E in EventName]: (listener: (payload: EventPayload<E>) => void) => () => void };
};
