import type { Channel, ChannelInput, ChannelOutput } from '../../shared/ipc/contract';
import type { Result } from '../../shared/result';
import type { Dispatcher } from '../ipc/dispatch';

/** Test support: a channel called through main's dispatcher as a renderer calls it, typed by the contract. */
export const callChannel = <C extends Channel>(dispatcher: Dispatcher, channel: C, input: ChannelInput<C>) =>
  // The dispatcher answers `Result<unknown>`; the tests' runtimes check it against the output schema (checkOutput).
  dispatcher.dispatch(channel, input, undefined) as Promise<Result<ChannelOutput<C>>>;

/** A successful answer's data; a failed one fails the test with its code and reason. */
export const dataOf = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.reason}`);
  return result.data;
};
