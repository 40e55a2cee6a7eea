import {
  createFamulorClient,
  DEFAULT_CONNECTION,
  type FamulorClient,
  type FamulorClientOptions,
} from '../famulor/client';
import { ExchangeRecorder } from '../famulor/recorder';

/** Test-only helpers: a scripted stand-in for fetch and a client wired to it with instant, logged sleeps. */

export const LEAK_KEY = 'sk-LEAKCHECK-1234567890';
export const TEST_BASE_URL = 'https://famulor.test/api';

export interface FetchCall {
  url: string;
  method: string;
  headers: Headers;
  body: unknown;
  signal: AbortSignal | undefined;
}

export type Responder = Response | ((call: FetchCall) => Response | Promise<Response>);

export const jsonResponse = (status: number, body: unknown, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });

export const textResponse = (status: number, text: string, contentType = 'text/html'): Response =>
  new Response(text, { status, headers: { 'content-type': contentType } });

/** Answers each request with the next responder; a request beyond the script fails the test loudly. */
export const scriptedFetch = (...responders: Responder[]) => {
  const calls: FetchCall[] = [];
  const fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const call: FetchCall = {
      url: String(input),
      method: init?.method ?? 'GET',
      headers: new Headers(init?.headers),
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
      signal: init?.signal ?? undefined,
    };
    calls.push(call);
    const responder = responders[calls.length - 1];
    if (responder === undefined)
      throw new Error(`unexpected request #${calls.length}: ${call.method} ${call.url}`);
    return typeof responder === 'function' ? responder(call) : responder;
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
};

/** A fetch that never answers but rejects, like real fetch, when its signal aborts. */
export const hangingFetch = (calls: FetchCall[] = []) =>
  ((input: string | URL | Request, init?: RequestInit) => {
    calls.push({
      url: String(input),
      method: init?.method ?? 'GET',
      headers: new Headers(init?.headers),
      body: undefined,
      signal: init?.signal ?? undefined,
    });
    return new Promise<Response>((_resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    });
  }) as typeof globalThis.fetch;

/** A documented generate-reply answer, for tests that script the server. */
export const GENERATED_REPLY = {
  success: true,
  conversation_id: 'c-9',
  customer_identifier: 'crm-1',
  reply: 'Hi',
  function_calls: [],
  ai_disabled: false,
};

export interface TestClient {
  client: FamulorClient;
  recorder: ExchangeRecorder;
  sleeps: number[];
}

export const testClient = (
  overrides: Partial<FamulorClientOptions> & Pick<FamulorClientOptions, 'fetch'>,
) => {
  const recorder = new ExchangeRecorder();
  const sleeps: number[] = [];
  const client = createFamulorClient({
    connection: { baseUrl: TEST_BASE_URL, generateReplyPath: DEFAULT_CONNECTION.generateReplyPath },
    getApiKey: async () => LEAK_KEY,
    recorder,
    random: () => 1,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    // These tests script the server's answers; pacing has its own tests (pacer.test.ts, accountPacer.test.ts).
    pacer: null,
    accountPacer: null,
    ...overrides,
  });
  return { client, recorder, sleeps } satisfies TestClient;
};

/** Awaits a promise that must fail and hands back the thrown value for assertions. */
export const rejectionOf = async (promise: Promise<unknown>): Promise<unknown> => {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail, but it succeeded');
};

/** Tracks whether a promise has settled without awaiting it. */
export const track = (promise: Promise<unknown>) => {
  const state = { settled: false, error: undefined as unknown };
  promise.then(
    () => (state.settled = true),
    (error: unknown) => {
      state.settled = true;
      state.error = error;
    },
  );
  return state;
};
