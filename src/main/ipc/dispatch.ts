import { contract, isChannel } from '../../shared/ipc/contract';
import { AppFailure, type AppError, type Result } from '../../shared/result';
import type { Handlers } from './handlerTypes';
import type { InFlightRequests } from './inFlight';
import { parseUnknown } from '../../shared/validation/parseUnknown';
import { describeZodIssues } from '../../shared/validation/describeZodIssues';
import { RequestIdSchema } from '../../shared/ipc/channels/app';

export interface Logger {
  error(message: string, detail?: unknown): void;
}

export interface DispatcherOptions {
  /**
   * Checks every answer against the channel's output schema, refusing one that does not match. Off in the
   * product, where the handler's type is the channel's output and parsing it again would walk a 10,000-message
   * thread twice; on in the tests that run main's handlers, so that a value the types cannot see (a length, an
   * extra field of a strict object, a float where an integer belongs) fails a test instead of reaching a renderer.
   */
  checkOutput?: boolean;
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
  { checkOutput = false }: DispatcherOptions = {},
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
      if (checkOutput) {
        const checked = contract[channel].output.safeParse(data);
        if (!checked.success) {
          logger.error(`${channel} answered outside its output schema`, checked.error.issues);
          return {
            ok: false,
            error: {
              code: 'internal',
              reason: 'unexpected',
              diagnostic: `${channel} output: ${describeZodIssues(checked.error)}`,
            },
          };
        }
      }
      // The handler's own data, not the parsed copy: the renderer gets what the handler made.
      return { ok: true, data };
    } catch (error) {
      return { ok: false, error: toAppError(error, controller.signal, logger) };
    } finally {
      inFlight.end(requestId, controller);
    }
  },
});
