import { describe, expect, it } from 'vitest';
import type { AppError } from '../../shared/result';
import { DEFAULT_GENERATE_REPLY_PATH } from '../../shared/domain/profile';
import { GENERATE_REPLY_PER_MINUTE } from '../../shared/limits';
import { httpFailure, networkError, notJsonProblem, schemaProblem, timeoutError } from './errors';
import { z } from 'zod';

// The mapping on its own, every answer compared whole: the client tests (errors.test.ts) show the same errors
// arrive through a real request; these pin each branch, so that a changed word, status bound or field shows.
const NOW = Date.parse('2026-06-15T12:00:00Z');

const failure = (
  status: number,
  body: unknown,
  { text = '', headers = {}, isGenerateReply = false, path = '/user/me' } = {} as {
    text?: string;
    headers?: Record<string, string>;
    isGenerateReply?: boolean;
    path?: string;
  },
): AppError =>
  httpFailure({
    status,
    headers: new Headers(headers),
    body,
    text: text || (body === undefined ? '' : JSON.stringify(body)),
    isGenerateReply,
    path,
    nowMs: NOW,
  });

describe("the client's mapping of Famulor's errors", () => {
  it.each([
    ['SESSION_EXPIRED', 422, 'validation', 'whatsapp_session_expired'],
    ['SENDER_OFFLINE', 503, 'validation', 'whatsapp_sender_offline'],
    ['SENDER_NOT_FOUND', 404, 'not_found', 'whatsapp_sender_not_found'],
    ['TEMPLATE_NOT_FOUND', 404, 'not_found', 'whatsapp_template_not_found'],
    ['TEMPLATE_NOT_APPROVED', 403, 'validation', 'whatsapp_template_not_approved'],
    ['INVALID_PHONE', 400, 'validation', 'whatsapp_invalid_phone'],
  ] as const)(
    'reads WhatsApp’s %s from its error_code, whatever the status (%i)',
    (errorCode, status, code, reason) => {
      expect(failure(status, { success: false, error: 'Nope', error_code: errorCode })).toStrictEqual({
        code,
        reason,
        status,
        famulorError: 'Nope',
        errorCode,
      });
    },
  );

  it('maps an error_code it does not know by the status', () => {
    expect(failure(403, { success: false, error: 'Forbidden', error_code: 'SOMETHING_ELSE' })).toStrictEqual({
      code: 'forbidden',
      reason: 'key_forbidden',
      status: 403,
      famulorError: 'Forbidden',
      errorCode: 'SOMETHING_ELSE',
    });
  });

  it.each([
    [401, { error: 'Unauthorized' }, 'unauthorized', 'key_rejected'],
    [401, { message: 'Missing Authorization header' }, 'unauthorized', 'key_missing_in_request'],
    [402, { message: 'Payment required' }, 'insufficient_balance', 'balance_used_up'],
    [400, { error_code: 'INSUFFICIENT_BALANCE' }, 'insufficient_balance', 'balance_used_up'],
    [400, { error: 'Insufficient balance' }, 'insufficient_balance', 'balance_used_up'],
    [422, { message: 'The given data was invalid.' }, 'validation', 'famulor_rejected'],
    [499, { message: 'Odd' }, 'validation', 'famulor_rejected'],
    [400, { error: 'Failed to process message: upstream' }, 'server', 'processing_failed'],
    [500, { error: 'Failed to process message' }, 'server', 'processing_failed'],
    [500, { error: 'Boom' }, 'server', 'famulor_server_error'],
    [200, { status: false, error: 'Conversation not found' }, 'not_found', 'no_such_conversation'],
    [200, { status: false, error: 'Something failed' }, 'server', 'famulor_reported_failure'],
    [299, { status: false, error: 'Not found' }, 'not_found', 'base_url_not_found'],
    [404, { status: false, error: 'Assistant not found' }, 'not_found', 'no_such_assistant'],
  ] as const)('maps %i %j to %s / %s', (status, body, code, reason) => {
    expect(failure(status, body)).toMatchObject({ code, reason, status });
  });

  it('reads “not found” in the words only of a 2xx that reports a failure', () => {
    expect(failure(500, { error: 'Route not found' }).reason).toBe('famulor_server_error');
    expect(failure(300, { error: 'Not found' }).reason).toBe('redirect_refused');
    expect(failure(200, { status: false, error: 'Not found' }).reason).toBe('base_url_not_found');
  });

  it('looks an error_code up among its own entries only', () => {
    for (const errorCode of ['constructor', 'toString', '__proto__']) {
      expect(failure(403, { success: false, error: 'No', error_code: errorCode })).toMatchObject({
        code: 'forbidden',
        reason: 'key_forbidden',
      });
    }
    const odd = Object.assign(new Error('odd'), { code: 'constructor' });
    expect(networkError(new TypeError('fetch failed', { cause: odd })).reason).toBe('unreachable');
  });

  it('says a failure “processing” only when Famulor’s words begin so', () => {
    expect(failure(500, { error: 'We failed to process message' }).reason).toBe('famulor_server_error');
    expect(failure(400, { error: 'We failed to process message' }).reason).toBe('famulor_rejected');
    expect(failure(500, { error: 'failed to process messages' }).reason).toBe('processing_failed');
  });

  it.each([
    [300, 'redirect_refused'],
    [302, 'redirect_refused'],
    [399, 'redirect_refused'],
    [400, 'famulor_rejected'],
    [299, 'famulor_reported_failure'],
  ] as const)('words a %i without a known error by its class (%s)', (status, reason) => {
    expect(failure(status, { status: false }).reason).toBe(reason);
  });

  it('names the path of a bare 404: generate-reply’s configured one against the documented one', () => {
    expect(failure(404, undefined, { path: '/api/user/me' })).toStrictEqual({
      code: 'not_found',
      reason: 'base_url_not_found',
      params: { path: '/api/user/me' },
      status: 404,
    });
    expect(failure(404, undefined, { path: '/ai/old-path', isGenerateReply: true })).toStrictEqual({
      code: 'not_found',
      reason: 'generate_reply_path_not_found',
      params: { path: '/ai/old-path', documentedPath: DEFAULT_GENERATE_REPLY_PATH },
      status: 404,
    });
  });

  it('keeps the wait a 429 names, and tells generate-reply’s own limit from the account’s', () => {
    expect(
      failure(429, { message: 'Too many', retry_after: 12 }, { headers: { 'retry-after': '3' } }),
    ).toStrictEqual({
      code: 'rate_limited',
      reason: 'account_rate_limited',
      status: 429,
      famulorError: 'Too many',
      retryAfterMs: 12_000,
    });
    expect(failure(429, {}, { isGenerateReply: true })).toStrictEqual({
      code: 'rate_limited',
      reason: 'generate_reply_rate_limited',
      params: { limit: GENERATE_REPLY_PER_MINUTE },
      status: 429,
    });
    // Only a 429 is a wait: another status with retry_after carries none.
    expect(failure(503, { error: 'Busy', retry_after: 12 })).not.toHaveProperty('retryAfterMs');
  });

  it('carries the field errors and says what came back when it was not JSON', () => {
    expect(failure(422, { message: 'Invalid', errors: { message: ['Too long'] } })).toStrictEqual({
      code: 'validation',
      reason: 'famulor_rejected',
      status: 422,
      famulorError: 'Invalid',
      fieldErrors: { message: ['Too long'] },
    });
    expect(
      failure(502, undefined, {
        text: '  <h1>Bad\n\n gateway</h1>  ',
        headers: { 'content-type': 'text/html' },
      }),
    ).toStrictEqual({
      code: 'server',
      reason: 'famulor_server_error',
      status: 502,
      details: 'The answer was not JSON (text/html): <h1>Bad gateway</h1>',
    });
    expect(failure(502, undefined, { text: 'oops' }).details).toBe(
      'The answer was not JSON (no content type): oops',
    );
    // An empty or blank body has nothing to show; a JSON body is never called "not JSON".
    expect(failure(502, undefined, { text: '   ' })).not.toHaveProperty('details');
    expect(failure(502, { error: 'Bad' }, { text: '{"error":"Bad"}' })).not.toHaveProperty('details');
  });

  it('names up to five schema problems with their paths', () => {
    const schema = z.object({ a: z.string(), b: z.number() });
    const result = schema.safeParse({ a: 1, b: 'x' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(schemaProblem(result.error)).toBe(
      'a: Invalid input: expected string, received number; b: Invalid input: expected number, received string',
    );
    const nested = z.object({ a: z.object({ b: z.string() }) }).safeParse({ a: { b: 1 } });
    if (!nested.success) expect(schemaProblem(nested.error)).toMatch(/^a\.b: /);
    const body = z.string().safeParse(1);
    if (!body.success) expect(schemaProblem(body.error)).toMatch(/^\(body\): /);
    const many = z.array(z.string()).safeParse([1, 2, 3, 4, 5, 6, 7]);
    if (!many.success) expect(schemaProblem(many.error).split('; ')).toHaveLength(5);
    expect(notJsonProblem('a\n  b ')).toBe('The answer was not JSON: a b');
  });

  it.each([
    ['ECONNREFUSED', 'connection_refused'],
    ['ENOTFOUND', 'host_not_found'],
    ['EAI_AGAIN', 'host_not_found'],
    ['ECONNRESET', 'connection_reset'],
    ['EPIPE', 'connection_reset'],
    ['UND_ERR_SOCKET', 'connection_reset'],
    ['EHOSTUNREACH', 'unreachable'],
  ])('words a dropped connection by its system code %s', (systemCode, reason) => {
    const cause = Object.assign(new Error('socket said no'), { code: systemCode });
    expect(networkError(new TypeError('fetch failed', { cause }))).toStrictEqual({
      code: 'network',
      reason,
      details: `fetch failed: ${systemCode} socket said no`,
    });
  });

  it('words a failure with no system code as unreachable, with whatever it said', () => {
    expect(networkError('plain string')).toStrictEqual({
      code: 'network',
      reason: 'unreachable',
      details: 'plain string',
    });
    expect(networkError(new Error('offline'))).toStrictEqual({
      code: 'network',
      reason: 'unreachable',
      details: 'offline',
    });
    const numbered = Object.assign(new Error('inner'), { code: 42 });
    expect(networkError(new Error('outer', { cause: numbered }))).toStrictEqual({
      code: 'network',
      reason: 'unreachable',
      details: 'outer: inner',
    });
    const outerCode = Object.assign(new Error('outer'), { code: 'ECONNRESET' });
    expect(networkError(outerCode).reason).toBe('connection_reset');
    // A code that is not a string is not a system code: the walk goes on to the cause.
    const reset = Object.assign(new Error('reset'), { code: 'ECONNRESET' });
    const wrapped = Object.assign(new Error('wrapped', { cause: reset }), { code: 42 });
    expect(networkError(wrapped).reason).toBe('connection_reset');
  });

  it('says how many whole seconds a call waited, at least one', () => {
    expect(timeoutError(30_000)).toStrictEqual({
      code: 'timeout',
      reason: 'no_answer_in_time',
      params: { seconds: 30 },
    });
    expect(timeoutError(1_500).params).toStrictEqual({ seconds: 2 });
    expect(timeoutError(10).params).toStrictEqual({ seconds: 1 });
  });
});
