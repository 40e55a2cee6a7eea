import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Exchange, JsonValue } from '../../shared/domain/famulor';
import type { AppError } from '../../shared/result';
import type { ResolvedUrl } from './requestUrls';
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
import { containsSecret, REDACTED_AUTHORIZATION, scrubJson, scrubParsedJson, scrubText } from './redact';
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

/**
 * An answer longer than this is recorded as the first this-many characters of its text: the raw view still shows
 * what came, and main does not hold a 2 MB thread (as parsed objects, several times that) per open.
 */
export const RECORDED_BODY_LIMIT = 64 * 1024;

/** What came back, as read: the text and, when it is JSON, its parsed value. */
interface Received {
  text: string;
  body: JsonValue | undefined;
}

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
  let received: Received | null = null;
  let outcome: AttemptOutcome<T>;
  const requestText = input.body === undefined ? undefined : JSON.stringify(input.body);
  try {
    const response = await untilAborted(
      input.fetch(input.target.url, {
        method: input.method,
        headers,
        body: requestText,
        signal: controller.signal,
        redirect: 'manual',
      }),
      controller.signal,
    );
    status = response.status;
    input.onResponseHeaders?.(response.headers);
    const text = await untilAborted(response.text(), controller.signal);
    const body = parseJson(text);
    received = { text, body };
    outcome = interpret(input, response, text, body);
  } catch (error) {
    if (input.signal?.aborted) outcome = { ok: false, error: cancelledError() };
    else if (timedOut) outcome = { ok: false, error: timeoutError(input.timeoutMs) };
    else outcome = { ok: false, error: networkError(error) };
  } finally {
    clearTimeout(timer);
    input.signal?.removeEventListener('abort', onCallerAbort);
  }

  if (input.recorder) {
    const response = recordedResponse(received, input.apiKey);
    const exchange = redactedExchange(input, headers, startedAt, status, response, outcome);
    // Two bytes a character: V8 keeps a text with any character beyond Latin-1 that way.
    input.recorder.record(exchange, 2 * ((requestText?.length ?? 0) + response.keptLength));
  }
  return outcome;
};

interface RecordedResponse {
  body: Exchange['responseBody'];
  bytes: number;
  cut: boolean;
  /** How many characters of text the record holds. */
  keptLength: number;
}

/** A copy of the start of a text: V8's slice would keep the whole 2 MB answer alive behind it. */
const copyOfStart = (text: string, length: number): string =>
  Buffer.from(text.slice(0, length), 'utf16le').toString('utf16le');

const cutText = (text: string, bytes: number): RecordedResponse =>
  text.length > RECORDED_BODY_LIMIT
    ? {
        body: copyOfStart(text, RECORDED_BODY_LIMIT),
        bytes,
        cut: true,
        keptLength: RECORDED_BODY_LIMIT,
      }
    : { body: text, bytes, cut: false, keptLength: text.length };

/**
 * The answer as the raw view keeps it, without the key: a JSON answer as parsed (walked only when the key can be
 * in it), a long one as the start of its text, in which an echoed key is removed before the cut, so that no part
 * of it survives — from the parsed strings when it may hide behind JSON escapes.
 */
const recordedResponse = (received: Received | null, apiKey: string): RecordedResponse => {
  if (received === null || received.text === '') return { body: null, bytes: 0, cut: false, keptLength: 0 };
  const { text, body } = received;
  const bytes = Buffer.byteLength(text);
  if (body === undefined) return cutText(scrubText(text, apiKey), bytes);
  if (text.length <= RECORDED_BODY_LIMIT)
    return { body: scrubParsedJson(text, body, apiKey), bytes, cut: false, keptLength: text.length };
  const scrubbed = scrubParsedJson(text, body, apiKey);
  return cutText(scrubbed === body && !containsSecret(text, apiKey) ? text : JSON.stringify(scrubbed), bytes);
};

const redactedExchange = <T>(
  input: AttemptInput<T>,
  headers: Record<string, string>,
  startedAt: number,
  status: number | null,
  response: RecordedResponse,
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
    responseBody: response.body,
    responseBytes: response.bytes,
    responseCut: response.cut,
    errorCode: outcome.ok ? null : outcome.error.code,
    attempt: input.attempt,
    tag: input.tag,
  };
};
