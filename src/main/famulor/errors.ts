import type { z } from 'zod';
import type { AppError, ErrorCode } from '../../shared/result';
import { AppFailure } from '../../shared/result';
import { GENERATE_REPLY_PER_MINUTE } from '../../shared/limits';
import { DEFAULT_GENERATE_REPLY_PATH } from '../../shared/domain/profile';
import { readErrorEnvelope, type ErrorEnvelope } from './errorEnvelope';
import { combineRetryAfter, parseRetryAfterBody, parseRetryAfterHeader } from './retryAfter';

/** What the error mapping needs to know about a failed answer. */
export interface HttpFailureInput {
  status: number;
  headers: Headers;
  /** The parsed JSON body, or undefined when the body was not JSON. */
  body: unknown;
  text: string;
  /** generate-reply has its own rate limit and a path of its own, so its 429 and 404 get their own sentences. */
  isGenerateReply: boolean;
  /** The path asked for, below the base URL (the configured one for generate-reply). */
  path: string;
  nowMs: number;
}

const BALANCE_TEXT = /insufficient balance/i;
const MISSING_HEADER_TEXT = /missing authorization/i;
const PROCESSING_TEXT = /^failed to process message:?\s*/i;

const sentence = (text: string): string => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

const seconds = (ms: number): number => Math.max(1, Math.ceil(ms / 1000));

const classify = (status: number, envelope: ErrorEnvelope): ErrorCode => {
  const text = envelope.text ?? '';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 429) return 'rate_limited';
  if (status === 402 || envelope.errorCode === 'INSUFFICIENT_BALANCE' || BALANCE_TEXT.test(text)) {
    return 'insufficient_balance';
  }
  if (status === 404 || (status < 300 && /not found/i.test(text))) return 'not_found';
  if (status >= 400 && status < 500 && !PROCESSING_TEXT.test(text)) return 'validation';
  return 'server';
};

const notFoundMessage = (input: HttpFailureInput, text: string | undefined): string => {
  const { status } = input;
  if (text && /assistant/i.test(text)) {
    return 'Famulor has no such assistant on this account. Pick another assistant or check its id.';
  }
  if (text && /conversation/i.test(text)) {
    return 'Famulor has no such conversation. It may have been deleted; start a new one.';
  }
  // The other calls share the base URL with requests that work; generate-reply's path is a setting of its own
  // and Famulor moved it in May 2026, so a bare 404 there most likely means an outdated path.
  if (input.isGenerateReply) {
    return `Famulor has no generate-reply endpoint at ${input.path} (HTTP ${status}). It documents ${DEFAULT_GENERATE_REPLY_PATH}; change the generate-reply path of this profile in Settings.`;
  }
  return `Famulor could not find what was asked for (HTTP ${status}). Check the base URL in Settings.`;
};

const rateLimitMessage = (isGenerateReply: boolean, retryAfterMs: number | undefined): string => {
  const when = retryAfterMs === undefined ? 'in a minute' : `in ${seconds(retryAfterMs)} s`;
  return isGenerateReply
    ? `Famulor limits replies to ${GENERATE_REPLY_PER_MINUTE} a minute. Try again ${when}.`
    : `Famulor is limiting requests for this API key. Try again ${when}.`;
};

const serverMessage = (status: number, text: string | undefined): string => {
  if (text && PROCESSING_TEXT.test(text)) {
    const reason = text.replace(PROCESSING_TEXT, '').trim();
    return `Famulor could not process the message${reason ? ` (${reason.replace(/[.!?]$/, '')})` : ''}. Try sending it again.`;
  }
  if (status >= 300 && status < 400) {
    return `Famulor answered with a redirect (HTTP ${status}), which is not followed with your key. Check the base URL in Settings.`;
  }
  if (status < 300) return sentence(`Famulor reported a failure: ${text ?? 'no reason given'}`);
  return `Famulor had a problem (HTTP ${status}). Try again in a moment.`;
};

const messageFor = (
  code: ErrorCode,
  input: HttpFailureInput,
  envelope: ErrorEnvelope,
  retryAfterMs?: number,
) => {
  const { text } = envelope;
  switch (code) {
    case 'unauthorized':
      return text && MISSING_HEADER_TEXT.test(text)
        ? 'Famulor received no API key. Check the key in Settings.'
        : 'Famulor rejected the API key. Check it in Settings.';
    case 'forbidden':
      return 'This API key is not allowed to do that. Check its permissions in the Famulor web app.';
    case 'rate_limited':
      return rateLimitMessage(input.isGenerateReply, retryAfterMs);
    case 'insufficient_balance':
      return 'Your Famulor balance is used up. Top up your account to send widget messages.';
    case 'not_found':
      return notFoundMessage(input, text);
    case 'validation': {
      const firstFieldError = Object.values(envelope.fieldErrors ?? {}).flat()[0];
      return sentence(`Famulor rejected the request: ${firstFieldError ?? text ?? `HTTP ${input.status}`}`);
    }
    default:
      return serverMessage(input.status, text);
  }
};

// Not cut here: the key is removed from the whole text first (scrubError), and only then are details cut.
const snippet = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Maps any failed answer (an error status, or a 2xx carrying `status:false`/`success:false`) to an AppError. */
export const httpFailure = (input: HttpFailureInput): AppError => {
  const envelope = readErrorEnvelope(input.body);
  const code = classify(input.status, envelope);
  const retryAfterMs =
    code === 'rate_limited'
      ? combineRetryAfter(
          parseRetryAfterHeader(input.headers.get('retry-after'), input.nowMs),
          parseRetryAfterBody(envelope.retryAfter),
        )
      : undefined;
  const error: AppError = {
    code,
    message: messageFor(code, input, envelope, retryAfterMs),
    status: input.status,
  };
  if (envelope.text !== undefined) error.famulorError = envelope.text;
  if (envelope.errorCode !== undefined) error.errorCode = envelope.errorCode;
  if (envelope.fieldErrors !== undefined) error.fieldErrors = envelope.fieldErrors;
  if (retryAfterMs !== undefined) error.retryAfterMs = retryAfterMs;
  if (input.body === undefined && input.text.trim()) {
    const contentType = input.headers.get('content-type') ?? 'no content type';
    error.details = `The answer was not JSON (${contentType}): ${snippet(input.text)}`;
  }
  return error;
};

/** A 2xx answer whose body is not what the reference documents: reported, never guessed at. */
export const unexpectedAnswer = (status: number, problem: string): AppError => ({
  code: 'server',
  status,
  message: 'Famulor sent an answer the playground does not understand. The raw view shows it.',
  details: problem,
});

export const schemaProblem = (error: z.ZodError): string =>
  error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`)
    .join('; ');

export const notJsonProblem = (text: string): string => `The answer was not JSON: ${snippet(text)}`;

const causeOf = (error: unknown): string => {
  if (!(error instanceof Error)) return String(error);
  const cause: unknown = error.cause;
  if (cause instanceof Error) {
    const code = 'code' in cause && typeof cause.code === 'string' ? `${cause.code} ` : '';
    return `${error.message}: ${code}${cause.message}`;
  }
  return error.message;
};

export const networkError = (error: unknown): AppError => ({
  code: 'network',
  message: 'Famulor could not be reached. Check the internet connection and the base URL in Settings.',
  details: causeOf(error),
});

export const timeoutError = (timeoutMs: number): AppError => ({
  code: 'timeout',
  message: `Famulor did not answer within ${seconds(timeoutMs)} s. Try again; tool calls can take a while.`,
});

export const cancelledError = (): AppError => ({ code: 'cancelled', message: 'The request was cancelled.' });

export const missingKeyFailure = (): AppFailure =>
  new AppFailure({
    code: 'unauthorized',
    message: 'No API key is set for this profile. Add one in Settings.',
  });
