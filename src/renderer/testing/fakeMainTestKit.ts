import { buildApi, type Subscribe } from '../../bridges/buildApi';
import { parseUnknown } from '../../shared/validation/parseUnknown';
import { describeZodIssues } from '../../shared/validation/describeZodIssues';
import {
  contract,
  isChannel,
  type Channel,
  type ChannelOutput,
  type ParsedInput,
} from '../../shared/ipc/contract';
import { AppFailure, type Result } from '../../shared/result';

/**
 * Test support, the one fake main process of the renderer's tests, held to the contract as main is: `window.api`
 * built by the real `buildApi`, its calls answered by a function (`installFakeMain`) or by a handler per channel
 * (`installFakeMainByChannel`, which also records the calls), its pushes sent by hand.
 */
export type FakeMain = (
  channel: string,
  input: unknown,
  requestId: string | undefined,
) => Promise<Result<unknown>>;

/** Main's pushes in a test: `emit` reaches every listener the renderer subscribed through window.api. */
export const createFakeEvents = () => {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const subscribe: Subscribe = (event, listener) => {
    const set = listeners.get(event) ?? new Set();
    listeners.set(event, set);
    set.add(listener);
    return () => set.delete(listener);
  };
  const emit = (event: string, payload: unknown) => {
    for (const listener of listeners.get(event) ?? []) listener(payload);
  };
  return { subscribe, emit };
};

/**
 * Main's boundary around the fake: an input main would refuse gets main's own validation error and never reaches
 * the fake, and an answer outside the channel's output schema fails the test (main's handlers could not give it).
 */
const checkedByTheContract =
  (main: FakeMain): FakeMain =>
  async (channel, input, requestId) => {
    if (!isChannel(channel))
      throw new Error(`The renderer called ${channel}, which the contract does not have`);
    try {
      parseUnknown(contract[channel].input, input);
    } catch (error) {
      if (error instanceof AppFailure) return { ok: false, error: error.error };
      throw error;
    }
    const result = await main(channel, input, requestId);
    if (result.ok) {
      const checked = contract[channel].output.safeParse(result.data);
      if (!checked.success) {
        throw new Error(
          `The fake main answered ${channel} with what main cannot: ${describeZodIssues(checked.error, { limit: 1 })}`,
        );
      }
    }
    return result;
  };

export const installFakeMain = (main: FakeMain, events?: { subscribe: Subscribe }) => {
  const checked = checkedByTheContract(main);
  window.api = buildApi(
    (channel, input, meta) => checked(channel, input, meta?.requestId),
    events?.subscribe ?? (() => () => undefined),
  );
};

export const removeFakeMain = () => Reflect.deleteProperty(window, 'api');

type Answer<C extends Channel> = Result<ChannelOutput<C>> | Promise<Result<ChannelOutput<C>>>;
/** Handlers typed by the contract: each gets its channel's parsed input and must answer its output type. */
export type FakeHandlers = { [C in Channel]?: (input: ParsedInput<C>) => Answer<C> };

/** A main answering by channel name (a channel without a handler fails), which records every call. */
export const installFakeMainByChannel = (handlers: FakeHandlers) => {
  const calls: { channel: string; input: unknown; requestId: string | undefined }[] = [];
  const events = createFakeEvents();
  installFakeMain(async (channel, input, requestId) => {
    calls.push({ channel, input, requestId });
    const handler = isChannel(channel)
      ? (handlers[channel] as ((input: unknown) => Answer<Channel>) | undefined)
      : undefined;
    return handler ? handler(input) : { ok: false, error: { code: 'internal', reason: 'unexpected' } };
  }, events);
  return {
    calls,
    callsTo: (channel: string) => calls.filter((call) => call.channel === channel).map((call) => call.input),
    /** The request id main saw for the last call to this channel (what its pushes name). */
    lastRequestId: (channel: string) => calls.findLast((call) => call.channel === channel)?.requestId,
    emit: events.emit,
  };
};
