import type {
  Channel,
  ChannelMethods,
  ChannelInput,
  ChannelOutput,
  EventName,
  EventPayload,
} from '../../shared/ipc/contract';
import type { AppError, Result } from '../../shared/result';
import { noteHostAnswer } from './hostStatus';

/**
 * The renderer's only door to main. Everything goes through `call`, which adds a request id so that an
 * AbortSignal here cancels the work in main (a Famulor request, a backoff wait, a paced send).
 */
let sequence = 0;
/** A fresh request id; pass it as `requestId` to match main's pushes about that request (e.g. `pacer:wait`). */
export const nextRequestId = (): string => `req-${Date.now().toString(36)}-${(sequence += 1)}`;

const bridgeMissing: AppError = {
  code: 'internal',
  reason: 'bridge_missing',
};
const cancelled: AppError = { code: 'cancelled', reason: 'cancelled' };

const methodFor = <C extends Channel>(channel: C): ChannelMethods[C] | null => {
  if (typeof window === 'undefined' || !window.api) return null;
  const methods: ChannelMethods = window.api;
  return Object.hasOwn(methods, channel) ? methods[channel] : null;
};

export interface CallOptions {
  signal?: AbortSignal;
  /** From `nextRequestId`; without one, `call` makes its own. */
  requestId?: string;
}

export const call = async <C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
  options: CallOptions = {},
): Promise<Result<ChannelOutput<C>>> => {
  const method = methodFor(channel);
  if (!method) return { ok: false, error: bridgeMissing };
  const { signal } = options;
  if (signal?.aborted) return { ok: false, error: cancelled };
  const requestId = options.requestId ?? nextRequestId();
  const onAbort = () => void window.api['app:cancel']({ requestId });
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const result = await method(input, { requestId });
    noteHostAnswer(result.ok || result.error.reason !== 'host_not_answering');
    return result;
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
};

export const subscribe = <E extends EventName>(
  name: E,
  listener: (payload: EventPayload<E>) => void,
): (() => void) => {
  if (typeof window === 'undefined' || !window.api) return () => undefined;
  return window.api.events[name](listener);
};
