import { contract, isChannel } from '../../shared/ipc/contract';
import { AppFailure, type AppError, type Result } from '../../shared/result';
import type { Handlers } from './handlerTypes';
import type { InFlightRequests } from './inFlight';
import { parseUnknown } from '../validation/parseUnknown';
import { RequestIdSchema } from '../../shared/ipc/channels/app';

export interface Logger {
  error(message: string, detail?: unknown): void;
}

export interface Dispatcher {
  /** Validates channel, meta and input, runs the handler, and answers with a Result. Never throws. */
  dispatch(channel: string, input: unknown, meta: unknown): Promise<Result<unknown>>;
}

const toAppError = (error: unknown, signal: AbortSignal, logger: Logger): AppError => {
  if (error instanceof AppFailure) return error.error;
  if (signal.aborted) return { code: 'cancelled', reason: 'cancelled' };
  logger.error('Unexpected error in a handler', error);
  return { code: 'internal', reason: 'unexpected' };
};

const parseRequestId = (meta: unknown): string | undefined => {
  if (meta === undefined || meta === null) return undefined;
  const parsed = parseUnknown(RequestIdSchema.optional(), (meta as { requestId?: unknown }).requestId);
  return parsed;
};

export const createDispatcher = (
  handlers: Handlers,
  inFlight: InFlightRequests,
  logger: Logger,
): Dispatcher => ({
  async dispatch(channel, input, meta) {
    if (!isChannel(channel)) {
      return {
        ok: false,
        error: { code: 'validation', reason: 'unknown_channel', params: { channel: channel.slice(0, 100) } },
      };
    }
    let requestId: string | undefined;
    let parsedInput: unknown;
    try {
      requestId = parseRequestId(meta);
      parsedInput = parseUnknown(contract[channel].input, input);
    } catch (error) {
      return { ok: false, error: toAppError(error, new AbortController().signal, logger) };
    }
    const controller = inFlight.begin(requestId);
    try {
      const run = handlers[channel] as (
        input: unknown,
        ctx: { signal: AbortSignal; requestId?: string },
      ) => Promise<unknown>;
      const data = await run(parsedInput, { signal: controller.signal, requestId });
      // The handler's type is the channel's output; parsing it again would walk a 10,000-message thread twice.
      return { ok: true, data };
    } catch (error) {
      return { ok: false, error: toAppError(error, controller.signal, logger) };
    } finally {
      inFlight.end(requestId, controller);
    }
  },
});
