import type { z } from 'zod';
import type { AppError, ErrorCode } from '../../shared/result';
import type { ErrorParams, ErrorReason } from '../../shared/errorReasons';
import { AppFailure } from '../../shared/result';
import { describeZodIssues } from '../../shared/validation/describeZodIssues';
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
const PROCESSING_TEXT = /^failed to process message/i;

const seconds = (ms: number): number => Math.max(1, Math.ceil(ms / 1000));

/** The WhatsApp pages' `error_code`s that say more than their HTTP status (a 403 or 503 there is no key problem). */
const WHATSAPP_ERRORS: Record<string, { code: ErrorCode; reason: ErrorReason }> = {
  SESSION_EXPIRED: { code: 'validation', reason: 'whatsapp_session_expired' },
  SENDER_OFFLINE: { code: 'validation', reason: 'whatsapp_sender_offline' },
  SENDER_NOT_FOUND: { code: 'not_found', reason: 'whatsapp_sender_not_found' },
  TEMPLATE_NOT_FOUND: { code: 'not_found', reason: 'whatsapp_template_not_found' },
  TEMPLATE_NOT_APPROVED: { code: 'validation', reason: 'whatsapp_template_not_approved' },
  INVALID_PHONE: { code: 'validation', reason: 'whatsapp_invalid_phone' },
};

/** A table's own entry only: an `error_code` such as "constructor" must not find Object's. */
const ownEntry = <T>(table: Partial<Record<string, T>>, key: string | undefined): T | undefined =>
  key !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;

const whatsappError = (envelope: ErrorEnvelope) => ownEntry(WHATSAPP_ERRORS, envelope.errorCode);

const classify = (status: number, envelope: ErrorEnvelope): ErrorCode => {
  const whatsapp = whatsappError(envelope);
  if (whatsapp) return whatsapp.code;
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

type Worded = { reason: ErrorReason; params?: ErrorParams };

const notFoundReason = (input: HttpFailureInput, text: string | undefined): Worded => {
  if (text && /assistant/i.test(text)) return { reason: 'no_such_assistant' };
  if (text && /conversation/i.test(text)) return { reason: 'no_such_conversation' };
  // The other calls share the base URL with requests that work; generate-reply's path is a setting of its own
  // and Famulor moved it in May 2026, so a bare 404 there most likely means an outdated path.
  if (input.isGenerateReply) {
    return {
      reason: 'generate_reply_path_not_found',
      params: { path: input.path, documentedPath: DEFAULT_GENERATE_REPLY_PATH },
    };
  }
  return { reason: 'base_url_not_found', params: { path: input.path } };
};

const serverReason = (status: number, text: string | undefined): Worded => {
  if (text && PROCESSING_TEXT.test(text)) return { reason: 'processing_failed' };
  if (status >= 300 && status < 400) return { reason: 'redirect_refused' };
  if (status < 300) return { reason: 'famulor_reported_failure' };
  return { reason: 'famulor_server_error' };
};

const reasonFor = (code: ErrorCode, input: HttpFailureInput, envelope: ErrorEnvelope): Worded => {
  const whatsapp = whatsappError(envelope);
  if (whatsapp) return { reason: whatsapp.reason };
  const { text } = envelope;
  switch (code) {
    case 'unauthorized':
      return { reason: text && MISSING_HEADER_TEXT.test(text) ? 'key_missing_in_request' : 'key_rejected' };
    case 'forbidden':
      return { reason: 'key_forbidden' };
    case 'rate_limited':
      return input.isGenerateReply
        ? { reason: 'generate_reply_rate_limited', params: { limit: GENERATE_REPLY_PER_MINUTE } }
        : { reason: 'account_rate_limited' };
    case 'insufficient_balance':
      return { reason: 'balance_used_up' };
    case 'not_found':
      return notFoundReason(input, text);
    case 'validation':
      return { reason: 'famulor_rejected' };
    default:
      return serverReason(input.status, text);
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
  const error: AppError = { code, ...reasonFor(code, input, envelope), status: input.status };
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
  reason: 'unexpected_answer',
  details: problem,
});

export const schemaProblem = (error: z.ZodError): string =>
  describeZodIssues(error, { limit: 5, root: '(body)' });

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

const systemCodeOf = (error: unknown): string | undefined => {
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    if ('code' in current && typeof current.code === 'string') return current.code;
  }
  return undefined;
};

const NETWORK_REASONS: Partial<Record<string, ErrorReason>> = {
  ECONNREFUSED: 'connection_refused',
  ENOTFOUND: 'host_not_found',
  EAI_AGAIN: 'host_not_found',
  ECONNRESET: 'connection_reset',
  EPIPE: 'connection_reset',
  UND_ERR_SOCKET: 'connection_reset',
};

export const networkError = (error: unknown): AppError => {
  const systemCode = systemCodeOf(error);
  return {
    code: 'network',
    reason: ownEntry(NETWORK_REASONS, systemCode) ?? 'unreachable',
    details: causeOf(error),
  };
};

export const timeoutError = (timeoutMs: number): AppError => ({
  code: 'timeout',
  reason: 'no_answer_in_time',
  params: { seconds: seconds(timeoutMs) },
});

export const cancelledError = (): AppError => ({ code: 'cancelled', reason: 'cancelled' });

export const missingKeyFailure = (): AppFailure => new AppFailure({ code: 'unauthorized', reason: 'no_key' });
