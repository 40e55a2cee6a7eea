import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { AppFailure } from '../../shared/result';
import type { FamulorClient } from './client';
import {
  hangingFetch,
  jsonResponse,
  LEAK_KEY,
  scriptedFetch,
  testClient,
  textResponse,
  type Responder,
} from '../testing/famulorClientTestKit';

const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
let consoleSpies: MockInstance[] = [];

beforeEach(() => {
  consoleSpies = CONSOLE_METHODS.map((method) => vi.spyOn(console, method));
});
afterEach(() => {
  vi.restoreAllMocks();
});

const base64 = (text: string) => Buffer.from(text).toString('base64');
const base64url = (text: string) => Buffer.from(text).toString('base64url');

type Call = (client: FamulorClient) => Promise<unknown>;

/** Every client call, with the key smuggled into every field a user could type it into. */
const everyCall: [string, Call][] = [
  [
    'createConversation',
    (c) => c.createConversation({ assistantUuid: LEAK_KEY, type: 'widget', variables: { k: LEAK_KEY } }),
  ],
  ['sendMessage', (c) => c.sendMessage({ conversationId: LEAK_KEY, message: `my key is ${LEAK_KEY}` })],
  ['getConversation', (c) => c.getConversation({ conversationId: LEAK_KEY })],
  [
    'generateReply',
    (c) =>
      c.generateReply({
        assistantId: 1,
        customerIdentifier: LEAK_KEY,
        message: LEAK_KEY,
        variables: { [LEAK_KEY]: 1 },
      }),
  ],
  ['listConversations', (c) => c.listConversations({ externalIdentifier: LEAK_KEY, cursor: LEAK_KEY })],
  ['listAssistants', (c) => c.listAssistants({ page: 1 })],
  [
    'updateAssistant',
    (c) =>
      c.updateAssistant({
        assistantId: 1,
        changes: { name: LEAK_KEY, systemPrompt: LEAK_KEY, variables: { [LEAK_KEY]: LEAK_KEY } },
      }),
  ],
  ['getAccount', (c) => c.getAccount()],
  ['disableAi', (c) => c.disableAi({ conversationId: LEAK_KEY })],
  ['enableAi', (c) => c.enableAi({ conversationId: LEAK_KEY })],
];

/** Answers in which Famulor (or a proxy) echoes the key back. */
const echoes: [string, () => Responder][] = [
  [
    '401 echoing the key',
    () => jsonResponse(401, { error: 'Invalid API key', message: `Key ${LEAK_KEY} is invalid` }),
  ],
  [
    '422 with the key in field names and messages',
    () => jsonResponse(422, { message: `bad ${LEAK_KEY}`, errors: { [LEAK_KEY]: [`${LEAK_KEY} is wrong`] } }),
  ],
  [
    '404 with the key in error and error_code',
    () => jsonResponse(404, { success: false, error: `no ${LEAK_KEY}`, error_code: LEAK_KEY }),
  ],
  [
    'an HTML 500 page quoting the header',
    () => textResponse(500, `<pre>Authorization: Bearer ${LEAK_KEY}</pre>`),
  ],
  ['a 200 that fails the schema and quotes the key', () => jsonResponse(200, { [LEAK_KEY]: LEAK_KEY })],
  ['a percent-encoded echo', () => jsonResponse(400, { error: `token=${encodeURIComponent(LEAK_KEY)}` })],
  [
    'a long page with the key where it would be cut',
    () => textResponse(500, `${'x'.repeat(285)} Bearer ${LEAK_KEY} and more text after it`),
  ],
  ['an upper-case echo', () => jsonResponse(400, { error: `key ${LEAK_KEY.toUpperCase()} unknown` })],
  ['a lower-case echo', () => jsonResponse(400, { error: `key ${LEAK_KEY.toLowerCase()} unknown` })],
  ['a base64 echo', () => jsonResponse(400, { error: `token ${base64(LEAK_KEY)} unknown` })],
  ['a base64url echo', () => textResponse(400, `token=${base64url(LEAK_KEY)}`)],
  [
    'a percent-encoded base64 echo',
    () => jsonResponse(400, { error: `token=${encodeURIComponent(base64(LEAK_KEY))}` }),
  ],
  [
    'a network error naming the key',
    () => () => {
      throw new TypeError(`fetch failed for ${LEAK_KEY}`, { cause: new Error(`socket ${LEAK_KEY}`) });
    },
  ],
];

const expectNoLeak = (value: unknown) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  expect(text.toLowerCase()).not.toContain(LEAK_KEY.toLowerCase());
  expect(text.toLowerCase()).not.toContain('leakcheck');
  // Unpadded, so that a form cut short of its padding is found too.
  expect(text).not.toContain(base64url(LEAK_KEY));
  expect(text).not.toContain(base64(LEAK_KEY).replace(/=+$/, ''));
};

const expectNoConsoleLeak = () => {
  for (const spy of consoleSpies) {
    for (const args of spy.mock.calls) expectNoLeak(args.map((arg) => String(arg)).join(' '));
  }
};

describe('the key never leaks', () => {
  describe.each(echoes)('when the answer is %s', (_name, responder) => {
    it.each(everyCall)('%s', async (_call, call) => {
      const responders = Array.from({ length: 4 }, responder);
      const { fetch, calls } = scriptedFetch(...responders);
      const { client, recorder } = testClient({ fetch });
      const thrown = await call(client).then(
        () => expect.unreachable('the call should fail'),
        (error: unknown) => error,
      );
      expect(thrown).toBeInstanceOf(AppFailure);
      const failure = thrown as AppFailure;
      expectNoLeak(failure.message);
      expectNoLeak(failure.error);
      expectNoLeak(failure.stack ?? '');
      expectNoLeak(String(failure));
      expectNoLeak(recorder.list());
      expectNoConsoleLeak();
      // The key did go where it belongs: the Authorization header of the real request.
      expect(calls[0]?.headers.get('authorization')).toBe(`Bearer ${LEAK_KEY}`);
    });
  });

  it.each(everyCall)('%s succeeding with echoed keys records nothing of the key', async (name, call) => {
    const success: Record<string, unknown> = {
      createConversation: { status: true, conversation_id: LEAK_KEY, history: [] },
      sendMessage: { status: true, message: LEAK_KEY, function_calls: [] },
      getConversation: { status: true, history: [{ role: 'user', content: LEAK_KEY }] },
      generateReply: { success: true, conversation_id: 'c', customer_identifier: LEAK_KEY, reply: null },
      listConversations: { data: [], per_page: 15, next_cursor: LEAK_KEY, prev_cursor: null },
      listAssistants: { data: [], current_page: 1, per_page: 10, total: 0, last_page: 1 },
      updateAssistant: { message: 'Assistant updated successfully', data: { id: 1, name: LEAK_KEY } },
      getAccount: { name: LEAK_KEY, email: 'a@b.c', total_balance: 1 },
      disableAi: { status: true, ai_enabled: false },
      enableAi: { status: true, ai_enabled: true },
    };
    const { fetch } = scriptedFetch(jsonResponse(200, success[name]));
    const { client, recorder } = testClient({ fetch });
    await call(client);
    const [exchange] = recorder.list();
    expect(exchange?.requestHeaders.Authorization).toBe('Bearer [redacted]');
    expectNoLeak(recorder.list());
    expectNoConsoleLeak();
  });

  it.each([
    ['small, the key behind a unicode escape', 10, `\\u0073${LEAK_KEY.slice(1)}`, 'last'],
    ['large, the key behind a unicode escape', 4000, `\\u0073${LEAK_KEY.slice(1)}`, 'last'],
    ['large, the key verbatim at the end, past the cut', 4000, LEAK_KEY, 'last'],
    ['large, the key verbatim at the start', 4000, LEAK_KEY, 'first'],
  ] as const)('records nothing of the key from an answer %s', async (_name, count, echo, where) => {
    const rows = Array.from(
      { length: count },
      (_, index) => `{"role":"user","content":"${'x'.repeat(80)} ${index}"}`,
    );
    const echoRow = `{"role":"assistant","content":"echo ${echo}"}`;
    if (where === 'first') rows.unshift(echoRow);
    else rows.push(echoRow);
    const { fetch } = scriptedFetch(textResponse(200, `{"history":[${rows.join(',')}]}`, 'application/json'));
    const { client, recorder } = testClient({ fetch });
    await client.getConversation({ conversationId: 'c-1' });
    expect(recorder.list()[0]?.responseCut).toBe(count > 100);
    expectNoLeak(recorder.list());
  });

  it('leaks nothing on a timeout either', async () => {
    vi.useFakeTimers();
    try {
      const { client, recorder } = testClient({ fetch: hangingFetch(), timeoutMs: 10 });
      const pending = client.getConversation({ conversationId: LEAK_KEY }).catch((error: unknown) => error);
      await vi.advanceTimersByTimeAsync(10);
      expectNoLeak(await pending);
      expectNoLeak(recorder.list());
    } finally {
      vi.useRealTimers();
    }
  });
});
