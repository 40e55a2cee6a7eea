import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Exchange, JsonValue } from '../../shared/domain/famulor';
import type { AppError } from '../../shared/result';
import type { ResolvedUrl } from './connection';
import { readErrorEnvelope } from './errorEnvelope';
import {
  cancelledError,
  httpFailure,
  networkError,
  notJsonProblem,
  schemaProblem,
  timeoutError,
  unexpectedAnswer,
} from './errors';
import type { ExchangeRecorder } from './recorder';
import { REDACTED_AUTHORIZATION, scrubJson, scrubText } from './redact';
import type { HttpMethod } from './retryPolicy';

export type AttemptOutcome<T> = { ok: true; value: T } | { ok: false; error: AppError };

export interface AttemptInput<T> {
  fetch: typeof fetch;
  method: HttpMethod;
  target: ResolvedUrl;
  body: JsonValue | undefined;
  apiKey: string;
  schema: z.ZodType<T>;
  isGenerateReply: boolean;
  timeoutMs: number;
  signal: AbortSignal | undefined;
  now: () => number;
  recorder: ExchangeRecorder | null;
  attempt: number;
  tag: string | null;
  /** Sees the headers of every answer (the rate-limit headers are followed from there). */
  onResponseHeaders?: (headers: Headers) => void;
}

type RecordedBody = JsonValue | string | null;

const parseJson = (text: string): JsonValue | undefined => {
  try {
    // JSON.parse can only produce JSON values; the endpoint's zod schema validates the shape afterwards.
    return JSON.parse(text) as JsonValue;
  } catch {
    return undefined;
  }
};

/** Real fetch honours the signal; this also covers fetch stand-ins and bodies that ignore it. */
const untilAborted = <T>(work: Promise<T>, signal: AbortSignal): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });

const interpret = <T>(input: AttemptInput<T>, response: Response, text: string, body: unknown) => {
  const { status } = response;
  if (status >= 200 && status < 300 && !readErrorEnvelope(body).explicitFailure) {
    if (body === undefined) {
      return { ok: false, error: unexpectedAnswer(status, notJsonProblem(text)) } as const;
    }
    const decoded = input.schema.safeParse(body);
    return decoded.success
      ? ({ ok: true, value: decoded.data } as const)
      : ({ ok: false, error: unexpectedAnswer(status, schemaProblem(decoded.error)) } as const);
  }
  const error = httpFailure({
    status,
    headers: response.headers,
    body,
    text,
    isGenerateReply: input.isGenerateReply,
    path: input.target.path,
    nowMs: input.now(),
  });
  return { ok: false, error } as const;
};

const requestHeaders = (apiKey: string, hasBody: boolean): Record<string, string> => ({
  Accept: 'application/json',
  ...(hasBody ? { 'Content-Type': 'application/json' } : {}),
  Authorization: `Bearer ${apiKey}`,
});

/**
 * One HTTP attempt with its own timeout, linked to the caller's signal. Redirects are not followed: the key
 * goes to the configured base URL and nowhere else. Every attempt is recorded, failed ones included.
 */
export const runAttempt = async <T>(input: AttemptInput<T>): Promise<AttemptOutcome<T>> => {
  const startedAt = input.now();
  const headers = requestHeaders(input.apiKey, input.body !== undefined);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, input.timeoutMs);
  const onCallerAbort = () => controller.abort();
  input.signal?.addEventListener('abort', onCallerAbort, { once: true });
  if (input.signal?.aborted) controller.abort();

  let status: number | null = null;
  let recordedBody: RecordedBody = null;
  let outcome: AttemptOutcome<T>;
  try {
    const response = await untilAborted(
      input.fetch(input.target.url, {
        method: input.method,
        headers,
        body: input.body === undefined ? undefined : JSON.stringify(input.body),
        signal: controller.signal,
        redirect: 'manual',
      }),
      controller.signal,
    );
    status = response.status;
    input.onResponseHeaders?.(response.headers);
    const text = await untilAborted(response.text(), controller.signal);
    const body = parseJson(text);
    recordedBody = body ?? (text === '' ? null : text);
    outcome = interpret(input, response, text, body);
  } catch (error) {
    if (input.signal?.aborted) outcome = { ok: false, error: cancelledError() };
    else if (timedOut) outcome = { ok: false, error: timeoutError(input.timeoutMs) };
    else outcome = { ok: false, error: networkError(error) };
  } finally {
    clearTimeout(timer);
    input.signal?.removeEventListener('abort', onCallerAbort);
  }

  input.recorder?.record(redactedExchange(input, headers, startedAt, status, recordedBody, outcome));
  return outcome;
};

const redactedExchange = <T>(
  input: AttemptInput<T>,
  headers: Record<string, string>,
  startedAt: number,
  status: number | null,
  responseBody: RecordedBody,
  outcome: AttemptOutcome<T>,
): Exchange => {
  const { apiKey } = input;
  return {
    id: randomUUID(),
    startedAt: new Date(startedAt).toISOString(),
    method: input.method,
    path: scrubText(input.target.path, apiKey),
    status,
    durationMs: Math.max(0, input.now() - startedAt),
    requestHeaders: { ...headers, Authorization: REDACTED_AUTHORIZATION },
    requestBody: input.body === undefined ? null : scrubJson(input.body, apiKey),
    responseBody:
      typeof responseBody === 'string' ? scrubText(responseBody, apiKey) : scrubJson(responseBody, apiKey),
    errorCode: outcome.ok ? null : outcome.error.code,
    attempt: input.attempt,
    tag: input.tag,
  };
};
