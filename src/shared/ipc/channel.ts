import type { z } from 'zod';
import { DEFAULT_MAX_INPUT_BYTES } from '../limits';

/** A channel of the contract: what the renderer may send, how large it may be, and what main answers. */
export interface ChannelSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** The largest input in bytes of its JSON (see limits.ts); the browser host refuses a larger body with 413. */
  maxInputBytes: number;
}

export const channel = <I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
  limits: { maxInputBytes?: number } = {},
): ChannelSpec<I, O> => ({
  input,
  output,
  maxInputBytes: limits.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES,
});

/** A push from main to the renderer (IPC event or server-sent event). */
export interface EventSpec<P extends z.ZodType = z.ZodType> {
  payload: P;
}

export const event = <P extends z.ZodType>(payload: P): EventSpec<P> => ({ payload });
