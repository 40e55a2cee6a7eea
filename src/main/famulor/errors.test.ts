import { describe, expect, it } from 'vitest';
import { AppFailure, type AppError } from '../../shared/result';
import { ERROR_REASONS } from '../../shared/errorReasons';
import {
  jsonResponse,
  rejectionOf,
  scriptedFetch,
  testClient,
  textResponse,
} from '../testing/famulorClientTestKit';
import type { FamulorClient } from './client';

const NO_RETRY = { maxRetries: 0, baseDelayMs: 500, maxDelayMs: 8_000, maxRetryAfterMs: 60_000 };

const failureOf = async (response: Response, call: (client: FamulorClient) => Promise<unknown>) => {
  const { fetch } = scriptedFetch(response);
  const { client } = testClient({ fetch, retry: NO_RETRY, now: () => Date.parse('2026-06-15T12:00:00Z') });
  const thrown = await rejectionOf(call(client));
  expect(thrown).toBeInstanceOf(AppFailure);
  return (thrown as AppFailure).error;
};

const send = (client: FamulorClient) => client.sendMessage({ conversationId: 'c-1', message: 'hi' });
const create = (client: FamulorClient) => client.createConversation({ assistantUuid: 'a-1', type: 'widget' });
const generate = (client: FamulorClient) =>
  client.generateReply({ assistantId: 7, customerIdentifier: '+4915112345678', message: 'hi' });
const account = (client: FamulorClient) => client.getAccount();
const takeover = (client: FamulorClient) => client.disableAi({ conversationId: 'c-1' });

interface EnvelopeCase {
  name: string;
  response: () => Response;
  call: (client: FamulorClient) => Promise<unknown>;
  expected: Partial<AppError>;
}

const cases: EnvelopeCase[] = [
  {
    name: '404 {status:false,error} for an unknown assistant',
    response: () => jsonResponse(404, { status: false, error: 'Assistant not found' }),
    call: create,
    expected: {
      code: 'not_found',
      status: 404,
      famulorError: 'Assistant not found',
      reason: 'no_such_assistant',
    },
  },
  {
    name: '404 {status:false,error} for an unknown conversation',
    response: () => jsonResponse(404, { status: false, error: 'Conversation not found' }),
    call: send,
    expected: {
      code: 'not_found',
      famulorError: 'Conversation not found',
      reason: 'no_such_conversation',
    },
  },
  {
    name: '404 {success:false,error,error_code} from generate-reply',
    response: () =>
      jsonResponse(404, {
        success: false,
        error: 'Assistant not found or does not belong to you',
        error_code: 'ASSISTANT_NOT_FOUND',
      }),
    call: generate,
    expected: { code: 'not_found', errorCode: 'ASSISTANT_NOT_FOUND', status: 404 },
  },
  {
    name: '400 insufficient balance on create/send',
    response: () =>
      jsonResponse(400, { status: false, error: 'Insufficient balance. Please top up your account.' }),
    call: send,
    expected: {
      code: 'insufficient_balance',
      status: 400,
      reason: 'balance_used_up',
      famulorError: 'Insufficient balance. Please top up your account.',
    },
  },
  {
    name: '402 insufficient balance on generate-reply',
    response: () =>
      jsonResponse(402, {
        success: false,
        error: 'Insufficient balance. Please top up your account.',
        error_code: 'INSUFFICIENT_BALANCE',
      }),
    call: generate,
    expected: { code: 'insufficient_balance', status: 402, errorCode: 'INSUFFICIENT_BALANCE' },
  },
  {
    name: '400 failed to process message',
    response: () => jsonResponse(400, { status: false, error: 'Failed to process message: tool timed out' }),
    call: send,
    expected: {
      code: 'server',
      status: 400,
      reason: 'processing_failed',
    },
  },
  {
    name: '422 {status:false,error} message is required',
    response: () => jsonResponse(422, { status: false, error: 'message is required' }),
    call: send,
    expected: {
      code: 'validation',
      status: 422,
      famulorError: 'message is required',
      reason: 'famulor_rejected',
    },
  },
  {
    name: '422 Laravel {message,errors}',
    response: () =>
      jsonResponse(422, {
        message: 'The assistant id field is required.',
        errors: {
          assistant_id: ['The assistant id field is required.'],
          message: 'The message is too long.',
        },
      }),
    call: generate,
    expected: {
      code: 'validation',
      famulorError: 'The assistant id field is required.',
      fieldErrors: {
        assistant_id: ['The assistant id field is required.'],
        message: ['The message is too long.'],
      },
      reason: 'famulor_rejected',
    },
  },
  {
    name: '401 {error,message} invalid key',
    response: () =>
      jsonResponse(401, { error: 'Invalid API key', message: 'The provided API key is invalid or expired' }),
    call: account,
    expected: {
      code: 'unauthorized',
      status: 401,
      famulorError: 'Invalid API key — The provided API key is invalid or expired',
      reason: 'key_rejected',
    },
  },
  {
    name: '401 missing Authorization header',
    response: () =>
      jsonResponse(401, { error: 'Missing Authorization header', message: 'Send a Bearer token' }),
    call: account,
    expected: { code: 'unauthorized', reason: 'key_missing_in_request' },
  },
  {
    name: '401 plain {error:"Unauthorized"} from the takeover endpoints',
    response: () => jsonResponse(401, { error: 'Unauthorized' }),
    call: takeover,
    expected: { code: 'unauthorized', famulorError: 'Unauthorized' },
  },
  {
    name: '403 insufficient permissions',
    response: () => jsonResponse(403, { error: 'Insufficient permissions', message: 'Scope missing' }),
    call: account,
    expected: { code: 'forbidden', status: 403, famulorError: 'Insufficient permissions — Scope missing' },
  },
  {
    name: '429 from generate-reply with retry_after in the body',
    response: () => jsonResponse(429, { message: 'Too Many Attempts.', retry_after: 42 }),
    call: generate,
    expected: {
      code: 'rate_limited',
      retryAfterMs: 42_000,
      reason: 'generate_reply_rate_limited',
      params: { limit: 5 },
    },
  },
  {
    name: '429 with a Retry-After header in seconds',
    response: () =>
      jsonResponse(429, { error: 'Rate limit exceeded', message: 'Slow down' }, { 'Retry-After': '7' }),
    call: account,
    expected: {
      code: 'rate_limited',
      retryAfterMs: 7_000,
      reason: 'account_rate_limited',
    },
  },
  {
    name: '429 with a Retry-After HTTP-date (clock at 12:00:00)',
    response: () => jsonResponse(429, {}, { 'Retry-After': 'Mon, 15 Jun 2026 12:00:30 GMT' }),
    call: account,
    expected: { code: 'rate_limited', retryAfterMs: 30_000 },
  },
  {
    name: '429 where header and body disagree: the longer wait wins',
    response: () => jsonResponse(429, { retry_after: 60 }, { 'Retry-After': '5' }),
    call: account,
    expected: { code: 'rate_limited', retryAfterMs: 60_000 },
  },
  {
    name: '429 with no delay at all',
    response: () => jsonResponse(429, { message: 'Too Many Attempts.' }),
    call: generate,
    expected: {
      code: 'rate_limited',
      reason: 'generate_reply_rate_limited',
    },
  },
  {
    name: 'an HTML 502 page',
    response: () => textResponse(502, '<html><body><h1>502 Bad Gateway</h1></body></html>'),
    call: account,
    expected: {
      code: 'server',
      status: 502,
      reason: 'famulor_server_error',
      details: 'The answer was not JSON (text/html): <html><body><h1>502 Bad Gateway</h1></body></html>',
    },
  },
  {
    name: 'a 200 carrying {status:false}',
    response: () => jsonResponse(200, { status: false, error: 'Something odd' }),
    call: send,
    expected: {
      code: 'server',
      status: 200,
      reason: 'famulor_reported_failure',
      famulorError: 'Something odd',
    },
  },
  {
    name: 'a 200 whose body fails the schema',
    response: () => jsonResponse(200, { status: true, history: 'not a list' }),
    call: create,
    expected: {
      code: 'server',
      status: 200,
      reason: 'unexpected_answer',
    },
  },
  {
    name: 'a 200 that is not JSON',
    response: () => textResponse(200, 'OK', 'text/plain'),
    call: account,
    expected: { code: 'server', status: 200, details: 'The answer was not JSON: OK' },
  },
  {
    name: 'a redirect, which is not followed with the key',
    response: () => new Response(null, { status: 302, headers: { location: 'https://elsewhere.test/' } }),
    call: account,
    expected: { code: 'server', status: 302 },
  },
];

describe('error envelopes', () => {
  it.each(cases)('$name', async ({ response, call, expected }) => {
    const error = await failureOf(response(), call);
    expect(error).toMatchObject(expected);
    expect(ERROR_REASONS).toContain(error.reason);
    // Main words nothing: the renderer owns every sentence.
    expect(error).not.toHaveProperty('message');
  });

  it('names the schema problem in the details', async () => {
    const error = await failureOf(jsonResponse(200, { status: true, history: 'x' }), create);
    expect(error.details).toContain('conversation_id');
  });
});
