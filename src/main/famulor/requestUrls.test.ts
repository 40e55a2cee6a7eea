import { describe, expect, it, vi } from 'vitest';
import { AppFailure } from '../../shared/result';
import { configuredPath, DEFAULT_CONNECTION, pathSegment, resolveUrl } from './requestUrls';
import {
  jsonResponse,
  rejectionOf,
  scriptedFetch,
  TEST_BASE_URL,
  testClient,
} from '../testing/famulorClientTestKit';

const failureCode = (action: () => unknown) => {
  try {
    action();
  } catch (error) {
    return error instanceof AppFailure ? error.error.code : 'not an AppFailure';
  }
  return 'no failure';
};

describe('resolveUrl', () => {
  it('joins the base URL and a documented path, with or without a trailing slash', () => {
    expect(resolveUrl(DEFAULT_CONNECTION, '/user/me')).toEqual({
      url: 'https://app.famulor.de/api/user/me',
      path: '/user/me',
    });
    expect(
      resolveUrl({ ...DEFAULT_CONNECTION, baseUrl: 'https://app.famulor.de/api/' }, '/user/me').url,
    ).toBe('https://app.famulor.de/api/user/me');
  });

  it('adds only the query values that are set, encoded', () => {
    const { url, path } = resolveUrl(DEFAULT_CONNECTION, '/user/conversations', {
      type: 'api',
      assistant_id: 3,
      customer_phone: undefined,
      cursor: 'eyJ+/=',
      external_identifier: '',
      whatsapp_sender_phone: null,
    });
    expect(path).toBe('/user/conversations?type=api&assistant_id=3&cursor=eyJ%2B%2F%3D');
    expect(url).toBe(`https://app.famulor.de/api${path}`);
  });

  it('allows plain http only for the loopback simulator', () => {
    const local = { ...DEFAULT_CONNECTION, baseUrl: 'http://127.0.0.1:4010/api' };
    expect(resolveUrl(local, '/user/me').url).toBe('http://127.0.0.1:4010/api/user/me');
    expect(
      failureCode(() => resolveUrl({ ...DEFAULT_CONNECTION, baseUrl: 'http://app.famulor.de/api' }, '/x')),
    ).toBe('validation');
  });

  it.each([
    'not a url',
    'ftp://app.famulor.de/api',
    'https://user:pw@app.famulor.de/api',
    'https://a.test/api?x=1',
  ])('refuses the base URL %s', (baseUrl) => {
    expect(failureCode(() => resolveUrl({ ...DEFAULT_CONNECTION, baseUrl }, '/user/me'))).toBe('validation');
  });

  it('refuses a path that would climb out of the base URL', () => {
    expect(failureCode(() => resolveUrl(DEFAULT_CONNECTION, '/../../elsewhere'))).toBe('validation');
  });
});

describe('path segments and configured paths', () => {
  it('encodes ids so they stay one segment', () => {
    expect(pathSegment('../user/me', 'conversation id')).toBe('..%2Fuser%2Fme');
    expect(pathSegment('https://evil.test/x?y#z', 'conversation id')).toBe(
      'https%3A%2F%2Fevil.test%2Fx%3Fy%23z',
    );
  });

  it.each(['', '.', '..', 'x'.repeat(201)])('refuses the id %j', (id) => {
    expect(failureCode(() => pathSegment(id, 'conversation id'))).toBe('validation');
  });

  it('accepts both documented generate-reply paths and refuses anything else', () => {
    expect(configuredPath('/ai/generate-reply')).toBe('/ai/generate-reply');
    expect(configuredPath('/user/ai/generate-reply')).toBe('/user/ai/generate-reply');
    for (const path of [
      'ai/generate-reply',
      '/ai/../user/me',
      'https://evil.test/x',
      '//evil.test/x',
      '/ai?x=1',
    ]) {
      expect(failureCode(() => configuredPath(path))).toBe('validation');
    }
  });
});

describe('the client only talks to its base URL', () => {
  it('sends ids encoded and under the base URL', async () => {
    const { fetch, calls } = scriptedFetch(jsonResponse(200, { status: true, history: [] }));
    const { client } = testClient({ fetch });
    await client.getConversation({ conversationId: 'https://evil.test/../x' });
    expect(calls[0]?.url).toBe(`${TEST_BASE_URL}/conversations/https%3A%2F%2Fevil.test%2F..%2Fx`);
  });

  it('uses the configured generate-reply path', async () => {
    const { fetch, calls } = scriptedFetch(
      jsonResponse(200, { success: true, conversation_id: 'c', customer_identifier: 'x', reply: 'r' }),
    );
    const { client } = testClient({
      fetch,
      connection: { baseUrl: TEST_BASE_URL, generateReplyPath: '/user/ai/generate-reply' },
    });
    await client.generateReply({ assistantId: 1, customerIdentifier: 'x', message: 'hi' });
    expect(calls[0]?.url).toBe(`${TEST_BASE_URL}/user/ai/generate-reply`);
  });

  it('does not even read the key for a request it refuses', async () => {
    const getApiKey = vi.fn(async () => 'secret');
    const { fetch, calls } = scriptedFetch();
    const { client } = testClient({
      fetch,
      getApiKey,
      connection: { baseUrl: 'http://famulor.example/api', generateReplyPath: '/ai/generate-reply' },
    });
    const error = (await rejectionOf(client.getAccount())) as AppFailure;
    expect(error.error.code).toBe('validation');
    expect((await rejectionOf(client.disableAi({ conversationId: '..' }))) as AppFailure).toBeInstanceOf(
      AppFailure,
    );
    expect(getApiKey).not.toHaveBeenCalled();
    expect(calls).toHaveLength(0);
  });

  it('sends the documented bodies and queries', async () => {
    const { fetch, calls } = scriptedFetch(
      jsonResponse(200, { status: true, conversation_id: 'c-1', history: [] }),
      jsonResponse(200, { data: [], per_page: 5, next_cursor: null, prev_cursor: 'p' }),
      jsonResponse(200, { data: [], current_page: 2, per_page: 3, total: 4, last_page: 2 }),
      jsonResponse(200, { status: true, ai_enabled: true }),
      jsonResponse(200, { message: 'Assistant updated successfully', data: { id: 3, name: 'Bo' } }),
    );
    const { client } = testClient({ fetch });
    await client.createConversation({ assistantUuid: 'uuid-1', type: 'test', variables: { name: 'Ada' } });
    await client.listConversations({
      type: 'whatsapp',
      assistantId: 3,
      whatsappSenderPhone: '+49301',
      perPage: 5,
    });
    await client.listAssistants({ page: 2, perPage: 3 });
    await client.enableAi({ conversationId: 'c-1' });
    await client.updateAssistant({
      assistantId: 3,
      changes: { name: 'Bo', initialMessage: null, variables: {}, tools: [], systemPrompt: undefined },
    });
    expect(calls.map((call) => [call.method, call.url.replace(TEST_BASE_URL, ''), call.body])).toEqual([
      ['POST', '/conversations', { assistant_id: 'uuid-1', type: 'test', variables: { name: 'Ada' } }],
      [
        'GET',
        '/user/conversations?type=whatsapp&assistant_id=3&whatsapp_sender_phone=%2B49301&per_page=5',
        undefined,
      ],
      ['GET', '/user/assistants/get?per_page=3&page=2', undefined],
      ['POST', '/automate/conversations/c-1/enable-ai', undefined],
      // Absent fields stay absent (left alone); null and [] are sent, since they remove or clear.
      ['PUT', '/user/assistant/3', { name: 'Bo', initial_message: null, variables: {}, tools: [] }],
    ]);
    expect(calls[0]?.headers.get('content-type')).toBe('application/json');
    expect(calls[1]?.headers.get('content-type')).toBeNull();
  });
});
