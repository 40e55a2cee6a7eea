import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AssistantChangesSchema } from '../../shared/domain/assistantWrites';
import { startSimulator, type RunningSimulator } from '../simulator/index';
import type { FamulorClient } from './client';
import type { ExchangeRecorder } from './recorder';
import {
  allAssistants,
  clientFor,
  errorOf,
  firstAssistant,
  nextMinute,
  simulatorNow,
  type KnownAssistant,
} from '../testing/clientOnSimulatorTestKit';

/** The client against the real offline simulator: every endpoint, the thread list both ways, takeover. */

describe('client ↔ simulator', () => {
  let simulator: RunningSimulator;
  let client: FamulorClient;
  let recorder: ExchangeRecorder;
  let assistant: KnownAssistant;

  beforeAll(async () => {
    simulator = await startSimulator({ now: simulatorNow });
    ({ client, recorder } = clientFor(simulator));
    assistant = await firstAssistant(client);
  });
  afterAll(() => simulator.close());
  beforeEach(nextMinute);

  describe('every endpoint', () => {
    it('reads the account', async () => {
      const account = await client.getAccount();
      expect(account.name).not.toBe('');
      expect(account.email).toContain('@');
      expect(account.totalBalance).toBeGreaterThan(0);
    });

    it('pages through the assistants, each with both ids and its raw fields', async () => {
      const assistants = await allAssistants(client);
      const page = await client.listAssistants({});
      expect(assistants).toHaveLength(page.total);
      expect(page.perPage).toBe(10);
      expect(new Set(assistants.map((item) => item.uuid)).size).toBe(assistants.length);
      for (const item of assistants) {
        expect(Number.isInteger(item.id)).toBe(true);
        expect(typeof item.uuid).toBe('string');
        expect(item.raw.uuid).toBe(item.uuid);
      }
    });

    it('creates a test conversation, sends a message and reads the history back', async () => {
      const created = await client.createConversation({
        assistantUuid: assistant.uuid,
        type: 'test',
        variables: { customer_name: 'Ada' },
      });
      expect(created.conversationId).not.toBe('');
      const reply = await client.sendMessage({
        conversationId: created.conversationId,
        message: 'Hello there',
      });
      expect(reply.message).not.toBe('');
      expect(Array.isArray(reply.functionCalls)).toBe(true);
      const detail = await client.getConversation({ conversationId: created.conversationId });
      expect(
        detail.history.slice(created.history.length).map((entry) => [entry.role, entry.content]),
      ).toEqual([
        ['user', 'Hello there'],
        ['assistant', reply.message],
      ]);
      expect(detail.variables).toMatchObject({ customer_name: 'Ada' });
    });

    it('continues a customer thread with the same identifier and starts a new one with another', async () => {
      const first = await client.generateReply({
        assistantId: assistant.id,
        customerIdentifier: 'crm-1',
        message: 'Hi',
      });
      const again = await client.generateReply({
        assistantId: assistant.id,
        customerIdentifier: 'crm-1',
        message: 'Hi',
      });
      const other = await client.generateReply({
        assistantId: assistant.id,
        customerIdentifier: 'crm-2',
        message: 'Hi',
      });
      expect(first).toMatchObject({ customerIdentifier: 'crm-1', aiDisabled: false });
      expect(first.reply).not.toBeNull();
      expect(again.conversationId).toBe(first.conversationId);
      expect(other.conversationId).not.toBe(first.conversationId);
    });

    it('answers on the newer generate-reply path too', async () => {
      const { client: newer } = clientFor(simulator, {
        connection: { baseUrl: simulator.baseUrl, generateReplyPath: '/user/ai/generate-reply' },
      });
      const reply = await newer.generateReply({
        assistantId: assistant.id,
        customerIdentifier: 'crm-3',
        message: 'Hi',
      });
      expect(reply.customerIdentifier).toBe('crm-3');
    });

    it('switches the AI off and on again (takeover)', async () => {
      const thread = await client.generateReply({
        assistantId: assistant.id,
        customerIdentifier: 'crm-9',
        message: 'Hi',
      });
      expect(await client.disableAi({ conversationId: thread.conversationId })).toEqual({ aiEnabled: false });
      const silent = await client.generateReply({
        assistantId: assistant.id,
        customerIdentifier: 'crm-9',
        message: 'Hi?',
      });
      expect(silent).toMatchObject({ conversationId: thread.conversationId, aiDisabled: true, reply: null });
      expect(await client.enableAi({ conversationId: thread.conversationId })).toEqual({ aiEnabled: true });
      const back = await client.generateReply({
        assistantId: assistant.id,
        customerIdentifier: 'crm-9',
        message: 'Hi',
      });
      expect(back.aiDisabled).toBe(false);
      expect(back.reply).not.toBeNull();
    });
  });

  describe('assistant updates', () => {
    it('changes only the fields sent, replaces the variables, and new conversations use them', async () => {
      const last = (await allAssistants(client)).at(-1);
      if (!last?.id) throw new Error('the simulator has no assistant');
      const updated = await client.updateAssistant({
        assistantId: last.id,
        changes: {
          initialMessage: 'Welcome to {{company_name}}, {customer_name}!',
          variables: { company_name: 'Kanzlei Roth', customer_name: 'guest' },
        },
      });
      expect(updated).toMatchObject({ id: last.id, name: last.name, status: 'active' });
      const after = (await allAssistants(client)).find((item) => item.id === last.id);
      expect(after).toMatchObject({
        name: last.name,
        systemPrompt: last.systemPrompt,
        variables: { company_name: 'Kanzlei Roth', customer_name: 'guest' },
      });
      expect(Object.keys(after?.variables ?? {})).toHaveLength(2);
      const created = await client.createConversation({ assistantUuid: last.uuid ?? '', type: 'test' });
      expect(created.history.map((entry) => entry.content)).toEqual(['Welcome to Kanzlei Roth, guest!']);
      expect(
        await errorOf(client.updateAssistant({ assistantId: last.id, changes: { timezone: 'Mars/Base' } })),
      ).toMatchObject({ code: 'validation', status: 422, fieldErrors: { timezone: [expect.any(String)] } });
    });
  });

  describe('assistant tools', () => {
    it('writes built-in tools flat and custom tools as tool_ids; the list reads them back as {type, data}', async () => {
      const last = (await allAssistants(client)).at(-1);
      if (!last?.id) throw new Error('the simulator has no assistant');
      await client.updateAssistant({
        assistantId: last.id,
        changes: {
          tools: [{ type: 'end_call', description: 'End the chat when the customer says goodbye' }],
          toolIds: [],
        },
      });
      const sent = recorder.list().at(-1)?.requestBody;
      expect(sent).toEqual({
        tools: [{ type: 'end_call', description: 'End the chat when the customer says goodbye' }],
        tool_ids: [],
      });
      const after = (await allAssistants(client)).find((item) => item.id === last.id);
      expect(after?.raw.tools).toEqual([
        { type: 'end_call', data: { description: 'End the chat when the customer says goodbye' } },
      ]);
    });

    it('cannot be handed the read shape of a listed tool', () => {
      const readShape = { tools: [{ type: 'end_call', data: { description: 'x' } }] };
      expect(AssistantChangesSchema.safeParse(readShape).success).toBe(false);
    });
  });

  describe('thread list', () => {
    it('pages forward and back with cursors', async () => {
      const first = await client.listConversations({ perPage: 5 });
      expect(first.conversations).toHaveLength(5);
      expect(first.prevCursor).toBeNull();
      expect(first.nextCursor).not.toBeNull();
      const second = await client.listConversations({ perPage: 5, cursor: first.nextCursor });
      expect(second.conversations).toHaveLength(5);
      const firstIds = first.conversations.map((item) => item.id);
      expect(second.conversations.some((item) => firstIds.includes(item.id))).toBe(false);
      expect(second.prevCursor).not.toBeNull();
      const back = await client.listConversations({ perPage: 5, cursor: second.prevCursor });
      expect(back.conversations.map((item) => item.id)).toEqual(firstIds);
    });

    it('filters by type, with the WhatsApp and API extras', async () => {
      const whatsapp = await client.listConversations({ type: 'whatsapp', perPage: 100 });
      expect(whatsapp.conversations.length).toBeGreaterThan(0);
      for (const item of whatsapp.conversations) {
        expect(item.type).toBe('whatsapp');
        expect(item.whatsappSender?.phone).toBeTruthy();
      }
      const phone = whatsapp.conversations[0]?.whatsappSender?.phone ?? '';
      const bySender = await client.listConversations({ whatsappSenderPhone: phone, perPage: 100 });
      expect(bySender.conversations.every((item) => item.whatsappSender?.phone === phone)).toBe(true);
      const detail = await client.getConversation({ conversationId: whatsapp.conversations[0]?.id ?? '' });
      expect(detail.whatsappSender?.phone).toBe(phone);
      expect(detail.customer).not.toBeNull();

      const api = await client.listConversations({ type: 'api', perPage: 100 });
      const withIdentifier = api.conversations.find((item) => item.externalIdentifier !== null);
      expect(withIdentifier).toBeDefined();
      const byIdentifier = await client.listConversations({
        externalIdentifier: withIdentifier?.externalIdentifier ?? '',
      });
      expect(byIdentifier.conversations.map((item) => item.id)).toContain(withIdentifier?.id);
    });

    it('filters by the integer assistant id', async () => {
      const page = await client.listConversations({ assistantId: assistant.id, perPage: 100 });
      expect(page.conversations.length).toBeGreaterThan(0);
      for (const item of page.conversations)
        expect([assistant.id, assistant.uuid]).toContain(item.assistantId);
    });
  });
});
