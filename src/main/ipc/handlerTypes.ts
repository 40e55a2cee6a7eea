import type { Channel, ChannelOutput, ParsedInput } from '../../shared/ipc/contract';

export interface HandlerContext {
  /** Aborted when the caller cancels (`app:cancel`) or goes away. */
  signal: AbortSignal;
  requestId: string | undefined;
}

export type Handler<C extends Channel> = (
  input: ParsedInput<C>,
  ctx: HandlerContext,
) => Promise<ChannelOutput<C>>;

export type Handlers = { [C in Channel]: Handler<C> };

/** A domain's handlers: a part of the full map, merged in handlers/index.ts. */
export type HandlerGroup<C extends Channel> = { [K in C]: Handler<K> };
