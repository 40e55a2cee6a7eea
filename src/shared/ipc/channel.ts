import type { z } from 'zod';

/** A channel of the contract: what the renderer may send and what main answers. */
export interface ChannelSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
}

export const channel = <I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
): ChannelSpec<I, O> => ({
  input,
  output,
});

/** A push from main to the renderer (IPC event or server-sent event). */
export interface EventSpec<P extends z.ZodType = z.ZodType> {
  payload: P;
}

export const event = <P extends z.ZodType>(payload: P): EventSpec<P> => ({ payload });
