import type { z } from 'zod';
import type { JsonValue } from '../../shared/domain/famulor';
import { AppFailure, type AppError } from '../../shared/result';
import { runAttempt } from './attempt';
import { resolveUrl, type ConnectionSettings, type QueryValue, type ResolvedUrl } from './requestUrls';
import { cancelledError, missingKeyFailure } from './errors';
import type { PacedEndpoint, RequestPacer, PacerWaitListener } from './pacer';
import type { ExchangeRecorder } from './recorder';
import { scrubError } from './redact';
import { nextRetryDelay, type HttpMethod, type RetryPolicy } from './retryPolicy';
import type { Sleep } from './sleep';

export interface CallOptions {
  signal?: AbortSignal;
  /** Per attempt; defaults to the client's timeout. */
  timeoutMs?: number;
  /** The call queues behind a rate limit (generate-reply's or the account's) for waitMs, at place `queued`. */
  onPacerWait?: PacerWaitListener;
  /** Before an automatic retry: how long it waits and which retry it is (1 = the first). */
  onRetryWait?: (waitMs: number, retry: number) => void;
  /** As each attempt goes out, past every queue: a turn's latency is Famulor's, not the time spent waiting here. */
  onAttemptSent?: () => void;
  /** Stored on the recorded exchanges so the raw view can show one pane's traffic. */
  tag?: string;
}

export interface TransportSettings {
  connection: ConnectionSettings;
  getApiKey: () => Promise<string | null>;
  fetch: typeof fetch;
  timeoutMs: number;
  retry: RetryPolicy;
  /** The pacer of an endpoint's own limit for the key a request is sent with, or null when pacing is off. */
  pacerFor: (apiKey: string, endpoint: PacedEndpoint) => RequestPacer | null;
  /** The account-wide pacer every call goes through, or null when pacing is off. */
  accountPacer: RequestPacer | null;
  recorder: ExchangeRecorder | null;
  /** Told how each call ended (null: Famulor answered it), cancelled calls excepted: the connection's health. */
  onOutcome: ((error: AppError | null) => void) | null;
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
  /** An endpoint with a limit of its own, paced on top of the account's. */
  endpoint?: PacedEndpoint;
}

const LONGEST_HOLD_MS = 60_000;

/**
 * `X-RateLimit-Remaining: 0` says the window is used up, perhaps by another client of the account: the pacer
 * then sends nothing before `X-RateLimit-Reset` (epoch seconds), held at most a minute against a skewed clock.
 */
const followLimitHeaders = (pacer: RequestPacer | null, headers: Headers, nowMs: number): void => {
  if (!pacer || headers.get('X-RateLimit-Remaining')?.trim() !== '0') return;
  const resetSeconds = Number(headers.get('X-RateLimit-Reset'));
  if (!Number.isFinite(resetSeconds) || resetSeconds <= 0) return;
  pacer.holdUntil(Math.min(resetSeconds * 1000, nowMs + LONGEST_HOLD_MS));
};

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
  const pacer = spec.endpoint ? settings.pacerFor(apiKey, spec.endpoint) : null;
  // A limited endpoint's answers and 429s speak of its own limit, every other endpoint's of the account's.
  const limitPacer = spec.endpoint ? pacer : settings.accountPacer;
  for (let attempt = 1; ; attempt += 1) {
    // Every attempt counts against the limits, retries included. The endpoint's own limit comes first, so a
    // call waiting for it does not hold one of the account's places meanwhile.
    const endpointGrant = await pacer?.acquire(signal, options.onPacerWait);
    const accountGrant = await settings.accountPacer?.acquire(signal, options.onPacerWait);
    options.onAttemptSent?.();
    const outcome = await runAttempt({
      fetch: settings.fetch,
      method: spec.method,
      target,
      body: spec.body,
      apiKey,
      schema,
      isGenerateReply: spec.endpoint === 'generate_reply',
      timeoutMs: options.timeoutMs ?? settings.timeoutMs,
      signal,
      now: settings.now,
      recorder: settings.recorder,
      attempt,
      tag: options.tag ?? null,
      onResponseHeaders: (headers) => followLimitHeaders(limitPacer, headers, settings.now()),
    });
    endpointGrant?.answered();
    accountGrant?.answered();
    if (outcome.ok) return outcome.value;
    const { error } = outcome;
    if (error.code === 'rate_limited' && error.retryAfterMs !== undefined) {
      // Another client of the account used its budget: the calls behind this one wait too, but never longer
      // than the longest documented window, so one odd Retry-After cannot stall the whole app.
      const holdMs = Math.min(error.retryAfterMs, LONGEST_HOLD_MS);
      limitPacer?.holdUntil(settings.now() + holdMs);
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
    const value = await attemptsUntilDone(settings, spec, schema, options, target, apiKey);
    settings.onOutcome?.(null);
    return value;
  } catch (error) {
    if (!(error instanceof AppFailure)) throw error;
    const scrubbed = scrubError(error.error, apiKey);
    if (scrubbed.code !== 'cancelled') settings.onOutcome?.(scrubbed);
    throw new AppFailure(scrubbed);
  }
};
