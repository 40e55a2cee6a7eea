import type { z } from 'zod';
import type { JsonValue } from '../../shared/domain/famulor';
import { AppFailure } from '../../shared/result';
import { runAttempt } from './attempt';
import { resolveUrl, type ConnectionSettings, type QueryValue, type ResolvedUrl } from './connection';
import { cancelledError, missingKeyFailure } from './errors';
import type { GenerateReplyPacer, PacerWaitListener } from './pacer';
import type { ExchangeRecorder } from './recorder';
import { scrubError } from './redact';
import { nextRetryDelay, type HttpMethod, type RetryPolicy } from './retryPolicy';
import type { Sleep } from './sleep';

export interface CallOptions {
  signal?: AbortSignal;
  /** Per attempt; defaults to the client's timeout. */
  timeoutMs?: number;
  /** generate-reply only: the call queues behind the rate limit for waitMs, at place `queued` (1 = next). */
  onPacerWait?: PacerWaitListener;
  /** Before an automatic retry: how long it waits and which retry it is (1 = the first). */
  onRetryWait?: (waitMs: number, retry: number) => void;
  /** Stored on the recorded exchanges so the raw view can show one pane's traffic. */
  tag?: string;
}

export interface TransportSettings {
  connection: ConnectionSettings;
  getApiKey: () => Promise<string | null>;
  fetch: typeof fetch;
  timeoutMs: number;
  retry: RetryPolicy;
  /** The pacer of the key a request is sent with, or null when pacing is off. */
  pacerFor: (apiKey: string) => GenerateReplyPacer | null;
  recorder: ExchangeRecorder | null;
  now: () => number;
  sleep: Sleep;
  random: () => number;
}

export interface RequestSpec {
  method: HttpMethod;
  /** A documented path whose ids went through pathSegment. */
  path: string;
  query?: Record<string, QueryValue>;
  body?: { [key: string]: JsonValue };
  isGenerateReply?: boolean;
}

const readApiKey = async (settings: TransportSettings): Promise<string> => {
  let apiKey: string | null;
  try {
    apiKey = await settings.getApiKey();
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    throw new AppFailure({ code: 'keychain', reason: 'key_unreadable' });
  }
  if (!apiKey) throw missingKeyFailure();
  return apiKey;
};

const pause = async (sleep: Sleep, ms: number, signal: AbortSignal | undefined): Promise<void> => {
  try {
    await sleep(ms, signal);
  } catch (error) {
    if (signal?.aborted) throw new AppFailure(cancelledError());
    throw error;
  }
  if (signal?.aborted) throw new AppFailure(cancelledError());
};

const attemptsUntilDone = async <T>(
  settings: TransportSettings,
  spec: RequestSpec,
  schema: z.ZodType<T>,
  options: CallOptions,
  target: ResolvedUrl,
  apiKey: string,
): Promise<T> => {
  const { signal } = options;
  const pacer = spec.isGenerateReply ? settings.pacerFor(apiKey) : null;
  for (let attempt = 1; ; attempt += 1) {
    // Every attempt of generate-reply counts against the limit, retries included.
    await pacer?.acquire(signal, options.onPacerWait);
    const outcome = await runAttempt({
      fetch: settings.fetch,
      method: spec.method,
      target,
      body: spec.body,
      apiKey,
      schema,
      isGenerateReply: spec.isGenerateReply ?? false,
      timeoutMs: options.timeoutMs ?? settings.timeoutMs,
      signal,
      now: settings.now,
      recorder: settings.recorder,
      attempt,
      tag: options.tag ?? null,
    });
    if (outcome.ok) return outcome.value;
    const { error } = outcome;
    if (error.code === 'rate_limited' && error.retryAfterMs !== undefined) {
      pacer?.holdUntil(settings.now() + error.retryAfterMs);
    }
    const delay = nextRetryDelay(spec.method, error, attempt - 1, settings.retry, settings.random);
    if (error.code === 'cancelled' || delay === null) throw new AppFailure(error);
    options.onRetryWait?.(delay, attempt);
    await pause(settings.sleep, delay, signal);
  }
};

/**
 * Sends one API call: reads the key, paces generate-reply, retries what is safe to retry and decodes the
 * answer with the endpoint's schema. Every failure leaves as an AppFailure scrubbed of the key.
 */
export const sendRequest = async <T>(
  settings: TransportSettings,
  spec: RequestSpec,
  schema: z.ZodType<T>,
  options: CallOptions = {},
): Promise<T> => {
  if (options.signal?.aborted) throw new AppFailure(cancelledError());
  const target = resolveUrl(settings.connection, spec.path, spec.query);
  const apiKey = await readApiKey(settings);
  try {
    return await attemptsUntilDone(settings, spec, schema, options, target, apiKey);
  } catch (error) {
    if (error instanceof AppFailure) throw new AppFailure(scrubError(error.error, apiKey));
    throw error;
  }
};
