import { describe, expect, it } from 'vitest';
import {
  AccountResponse,
  AiSwitchResponse,
  AssistantPageResponse,
  AssistantReplyResponse,
  ConversationDetailResponse,
  ConversationPageResponse,
  CreatedConversationResponse,
  GeneratedReplyResponse,
} from './rawSchemas';

const booking = {
  name: 'book_appointment',
  arguments: { date: '2026-06-16', time: '10:00' },
  result: { booked: true, reference: 'A-17' },
};

describe('chat conversation answers', () => {
  it('decodes a created conversation with an initial message, with or without function calls', () => {
    expect(
      CreatedConversationResponse.parse({
        status: true,
        conversation_id: 'f3b1c2d4',
        history: [
          { role: 'assistant', content: 'Hello!' },
          { role: 'assistant', content: null, function_calls: [booking] },
        ],
      }),
    ).toEqual({
      conversationId: 'f3b1c2d4',
      history: [
        { role: 'assistant', content: 'Hello!', functionCalls: [] },
        { role: 'assistant', content: '', functionCalls: [booking] },
      ],
    });
  });

  it('accepts an empty history and a numeric conversation id', () => {
    expect(CreatedConversationResponse.parse({ status: true, conversation_id: 42, history: [] })).toEqual({
      conversationId: '42',
      history: [],
    });
  });

  it('decodes a reply with and without function calls', () => {
    expect(
      AssistantReplyResponse.parse({ status: true, message: 'Booked.', function_calls: [booking] }),
    ).toEqual({
      message: 'Booked.',
      functionCalls: [booking],
    });
    expect(AssistantReplyResponse.parse({ status: true, message: 'Hi' })).toEqual({
      message: 'Hi',
      functionCalls: [],
    });
  });

  it('keeps function-call arguments that arrive as a JSON string, and missing results as null', () => {
    const reply = AssistantReplyResponse.parse({
      message: 'ok',
      function_calls: [{ name: 'lookup_order', arguments: '{"order":"1001"}' }],
    });
    expect(reply.functionCalls).toEqual([
      { name: 'lookup_order', arguments: '{"order":"1001"}', result: null },
    ]);
  });

  it('keeps function-call arguments and results as parsed, without walking or copying them', () => {
    const body = JSON.parse(
      '{"history":[{"role":"assistant","content":"","function_calls":[{"name":"book","arguments":{"slot":{"day":"2026-06-16","time":"10:00"}},"result":{"booked":true,"ids":[1,2]}}]}]}',
    ) as { history: [{ function_calls: [{ arguments: unknown; result: unknown }] }] };
    const detail = ConversationDetailResponse.parse(body);
    const [call] = body.history[0].function_calls;
    expect(detail.history[0]?.functionCalls[0]?.arguments).toBe(call.arguments);
    expect(detail.history[0]?.functionCalls[0]?.result).toBe(call.result);
  });

  it('reads an older get-conversation page that has only status and history', () => {
    expect(
      ConversationDetailResponse.parse({ status: true, history: [{ role: 'user', content: 'Hi' }] }),
    ).toEqual({
      history: [{ role: 'user', content: 'Hi', functionCalls: [] }],
      variables: null,
      externalIdentifier: null,
      whatsappSender: null,
      customer: null,
    });
  });

  it('reads a newer page with variables and the WhatsApp and API extras', () => {
    expect(
      ConversationDetailResponse.parse({
        status: true,
        history: [],
        variables: { customer_name: 'Ada', vip: true },
        external_identifier: 'crm-7',
        whatsapp_sender: { name: 'Praxis', phone: '+4930123' },
        customer: { name: null, phone: 4917612345 },
      }),
    ).toEqual({
      history: [],
      variables: { customer_name: 'Ada', vip: true },
      externalIdentifier: 'crm-7',
      whatsappSender: { name: 'Praxis', phone: '+4930123' },
      customer: { name: null, phone: '4917612345' },
    });
  });

  it("reads PHP's [] as empty variables", () => {
    expect(ConversationDetailResponse.parse({ history: [], variables: [] }).variables).toEqual({});
  });

  it('refuses a body without the history every variant documents', () => {
    expect(ConversationDetailResponse.safeParse({ status: true }).success).toBe(false);
    expect(AssistantReplyResponse.safeParse({ status: true }).success).toBe(false);
  });
});

describe('generate-reply answers', () => {
  it('decodes a reply keyed by customer', () => {
    expect(
      GeneratedReplyResponse.parse({
        success: true,
        conversation_id: 'c-1',
        customer_identifier: '+4915112345678',
        reply: 'Gern!',
        function_calls: [booking],
        ai_disabled: false,
      }),
    ).toEqual({
      conversationId: 'c-1',
      customerIdentifier: '+4915112345678',
      reply: 'Gern!',
      functionCalls: [booking],
      aiDisabled: false,
    });
  });

  it('decodes a reply after a takeover: no reply, ai_disabled', () => {
    const reply = GeneratedReplyResponse.parse({
      success: true,
      conversation_id: 9,
      customer_identifier: 'crm-1',
      reply: null,
      ai_disabled: 1,
    });
    expect(reply).toMatchObject({ conversationId: '9', reply: null, functionCalls: [], aiDisabled: true });
  });
});

describe('thread list', () => {
  it('decodes items of every type, with numbers sent as strings', () => {
    const page = ConversationPageResponse.parse({
      data: [
        {
          id: 'u-1',
          assistant_id: '9d3f-uuid',
          assistant_name: 'Support',
          type: 'whatsapp',
          variables: null,
          message_count: '12',
          total_cost: '0.12',
          ai_enabled: 0,
          created_at: '2026-06-15 14:30:00',
          updated_at: '2026-06-15 14:31:00',
          whatsapp_sender: { name: 'Shop', phone: '+49301' },
          customer: { name: 'Ada', phone: '+49151' },
        },
        {
          id: 17,
          assistant_id: 3,
          assistant_name: null,
          type: 'api',
          variables: [],
          message_count: 2,
          total_cost: 0,
          ai_enabled: true,
          created_at: null,
          updated_at: null,
          external_identifier: 'crm-7',
        },
      ],
      path: 'https://app.famulor.de/api/user/conversations',
      per_page: '15',
      next_cursor: 'eyJpZCI6MTd9',
      prev_cursor: null,
    });
    expect(page.perPage).toBe(15);
    expect(page.nextCursor).toBe('eyJpZCI6MTd9');
    expect(page.prevCursor).toBeNull();
    expect(page.conversations[0]).toMatchObject({
      assistantId: '9d3f-uuid',
      messageCount: 12,
      totalCost: 0.12,
      aiEnabled: false,
      whatsappSender: { name: 'Shop', phone: '+49301' },
      externalIdentifier: null,
    });
    expect(page.conversations[1]).toMatchObject({
      id: '17',
      assistantId: 3,
      variables: {},
      externalIdentifier: 'crm-7',
      whatsappSender: null,
      customer: null,
    });
  });
});

describe('assistants, account and takeover', () => {
  const assistant = {
    id: '12',
    uuid: '4f0c8a2e-1111-2222-3333-444455556666',
    name: 'Appointment booker',
    variables: { clinic: 'Praxis Sonnenschein' },
    initial_message: 'Hallo!',
    system_prompt: 'Book appointments.',
    tools: [{ type: 'function', data: { name: 'book_appointment' } }],
    language: 'de',
    type: 'inbound',
    status: 'active',
    timezone: 'Europe/Berlin',
    voice_id: 88,
    created_at: '2026-01-01 00:00:00',
  };

  it('keeps both ids, normalises the known fields and everything else in raw', () => {
    const page = AssistantPageResponse.parse({
      data: [assistant, { id: 13, uuid: null, name: 'Bare', variables: [] }],
      current_page: 1,
      per_page: '10',
      total: 2,
      last_page: 1,
    });
    expect(page).toMatchObject({ currentPage: 1, perPage: 10, total: 2, lastPage: 1 });
    expect(page.assistants[0]).toEqual({
      id: 12,
      uuid: '4f0c8a2e-1111-2222-3333-444455556666',
      name: 'Appointment booker',
      variables: { clinic: 'Praxis Sonnenschein' },
      initialMessage: 'Hallo!',
      systemPrompt: 'Book appointments.',
      language: 'de',
      timezone: 'Europe/Berlin',
      status: 'active',
      raw: assistant,
    });
    expect(page.assistants[1]).toMatchObject({ id: 13, uuid: null, variables: {}, initialMessage: null });
  });

  it('refuses an assistant whose id is neither a number nor a numeric string', () => {
    const result = AssistantPageResponse.safeParse({
      data: [{ ...assistant, id: 'abc' }],
      current_page: 1,
      per_page: 10,
      total: 1,
      last_page: 1,
    });
    expect(result.success).toBe(false);
  });

  it('reads the balance as a number or a decimal string', () => {
    expect(AccountResponse.parse({ name: 'Ada', email: 'ada@example.com', total_balance: '12.50' })).toEqual({
      name: 'Ada',
      email: 'ada@example.com',
      totalBalance: 12.5,
    });
    expect(AccountResponse.safeParse({ name: 'Ada', total_balance: 1 }).success).toBe(false);
  });

  it('reads the takeover switch', () => {
    expect(AiSwitchResponse.parse({ status: true, ai_enabled: false })).toEqual({ aiEnabled: false });
    expect(AiSwitchResponse.safeParse({ status: true }).success).toBe(false);
  });
});
