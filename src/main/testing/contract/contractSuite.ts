import { afterAll, beforeAll, expect, it } from 'vitest';
import type { z } from 'zod';
import { ThreadTypeSchema } from '../../../shared/domain/famulor';
import { MAX_CUSTOMER_IDENTIFIER_LENGTH, MAX_MESSAGE_LENGTH, MAX_PER_PAGE } from '../../../shared/limits';
import { describeTarget, UNKNOWN_ASSISTANT_ID, usableAssistant, type ContractOptions } from './contractFrame';
import { documented } from './contractShapes';
import type { ContractTarget } from './contractTarget';
import { REDACTED_AUTHORIZATION } from '../../famulor/redact';
import { errorOf, UNKNOWN_UUID } from '../clientOnSimulatorTestKit';

/**
 * The contract between the client and Famulor, as famulor-api.md documents it: every endpoint through the
 * client, each answer's raw body checked field by field against the documented shape, pagination both ways,
 * the filters, takeover and the documented error paths. The same tests run against the offline simulator and,
 * when a key is given, against the real API, so the simulator cannot drift from what it imitates unnoticed.
 */
export const describeContract = (
  title: string,
  connect: () => Promise<ContractTarget>,
  options: ContractOptions = {},
) =>
  describeTarget(title, options, () => {
    let target: ContractTarget;
    let assistant: { id: number; uuid: string };

    /** The raw body of the last exchange, which must have the documented shape. */
    const lastBody = <T>(shape: z.ZodType<T>): T => shape.parse(target.recorder.list().at(-1)?.responseBody);

    const generate = async (customerIdentifier: string, message: string) => {
      const reply = await target.client.generateReply({
        assistantId: assistant.id,
        customerIdentifier,
        message,
      });
      lastBody(documented.generated);
      return reply;
    };

    beforeAll(async () => {
      target = await connect();
      assistant = await usableAssistant(target);
    }, options.timeoutMs);
    afterAll(async () => target?.close());

    it('GET /user/me: name, email and total_balance', async () => {
      const account = await target.client.getAccount();
      lastBody(documented.account);
      expect(account.email).toContain('@');
      expect(Number.isFinite(account.totalBalance)).toBe(true);
    });

    it('the account-wide limit: 25 parallel calls are paced, and none meets a 429', async () => {
      const before = target.recorder.list().length;
      await Promise.all(Array.from({ length: 25 }, () => target.client.getAccount()));
      const statuses = target.recorder
        .list()
        .slice(before)
        .map((exchange) => exchange.status);
      expect(statuses).toEqual(Array(25).fill(200));
    });

    it('GET /user/assistants/get: Laravel pages of assistants with an integer id and a uuid', async () => {
      const first = await target.client.listAssistants({ page: 1, perPage: 1 });
      lastBody(documented.assistantPage);
      expect(first).toMatchObject({ currentPage: 1, perPage: 1 });
      expect(first.assistants).toHaveLength(1);
      if (target.seeded) expect(first.lastPage).toBeGreaterThan(1);
      if (first.lastPage < 2) return;
      const second = await target.client.listAssistants({ page: 2, perPage: 1 });
      lastBody(documented.assistantPage);
      expect(second.currentPage).toBe(2);
      expect(second.assistants[0]?.uuid).not.toBe(first.assistants[0]?.uuid);
    });

    it('a free test conversation: create with variables, send a message, read the history back', async () => {
      const created = await target.client.createConversation({
        assistantUuid: assistant.uuid,
        type: 'test',
        variables: { contract_run: target.runId },
      });
      lastBody(documented.created);
      const reply = await target.client.sendMessage({
        conversationId: created.conversationId,
        message: 'Hello',
      });
      lastBody(documented.sent);
      const detail = await target.client.getConversation({ conversationId: created.conversationId });
      const raw = lastBody(documented.detail);
      const contents = (entries: { role: string; content: string }[]) =>
        entries.map((entry) => [entry.role, entry.content]);
      expect(contents(detail.history)).toEqual([
        ...contents(created.history),
        ['user', 'Hello'],
        ['assistant', reply.message],
      ]);
      // Older reference pages show no `variables` at all; the simulator follows the newer ones.
      if (target.seeded || raw.variables !== undefined) {
        expect(detail.variables).toMatchObject({ contract_run: target.runId });
      }
    });

    it('POST generate-reply: one thread per (assistant, customer identifier)', async () => {
      const customer = `${target.runId}-a`;
      const first = await generate(customer, 'Hello');
      expect(first).toMatchObject({ customerIdentifier: customer, aiDisabled: false });
      expect(first.reply).toEqual(expect.any(String));
      const again = await generate(customer, 'Thanks');
      expect(again.conversationId).toBe(first.conversationId);
      const other = await generate(`${target.runId}-b`, 'Hello');
      expect(other.conversationId).not.toBe(first.conversationId);
    });

    it('message lengths in characters: 2,000 emoji on send-message, more than 2,000 on generate-reply', async () => {
      const { conversationId } = await target.client.createConversation({
        assistantUuid: assistant.uuid,
        type: 'test',
      });
      // 2,000 characters for Famulor, 4,000 UTF-16 units for `.length`.
      await target.client.sendMessage({ conversationId, message: '😀'.repeat(MAX_MESSAGE_LENGTH) });
      lastBody(documented.sent);
      const long = await generate(`${target.runId}-long`, `Hello. ${'x'.repeat(MAX_MESSAGE_LENGTH)}`);
      expect(long.aiDisabled).toBe(false);
    });

    // With the Automate key where one is known (always offline), else the API key, as the app sends them.
    it('takeover: disable-ai silences generate-reply until enable-ai', async () => {
      const customer = `${target.runId}-takeover`;
      const { conversationId } = await generate(customer, 'Hello');
      expect(await target.client.disableAi({ conversationId })).toEqual({ aiEnabled: false });
      lastBody(documented.aiSwitch);
      const silent = await generate(customer, 'Is anyone there?');
      expect(silent).toMatchObject({ conversationId, aiDisabled: true, functionCalls: [] });
      expect(silent.reply ?? '').toBe('');
      expect(await target.client.enableAi({ conversationId })).toEqual({ aiEnabled: true });
      lastBody(documented.aiSwitch);
      const back = await generate(customer, 'Hello again');
      expect(back.aiDisabled).toBe(false);
      expect(back.reply).toEqual(expect.any(String));
    });

    it('GET /user/conversations: pages forward with next_cursor and back with prev_cursor', async () => {
      const first = await target.client.listConversations({ perPage: 2 });
      lastBody(documented.conversationPage);
      expect(first.perPage).toBe(2);
      expect(first.prevCursor).toBeNull();
      expect(first.nextCursor).not.toBeNull();
      const second = await target.client.listConversations({ perPage: 2, cursor: first.nextCursor });
      lastBody(documented.conversationPage);
      const firstIds = first.conversations.map((item) => item.id);
      expect(second.conversations.length).toBeGreaterThan(0);
      expect(second.conversations.some((item) => firstIds.includes(item.id))).toBe(false);
      expect(second.prevCursor).not.toBeNull();
      const back = await target.client.listConversations({ perPage: 2, cursor: second.prevCursor });
      expect(back.conversations.map((item) => item.id)).toEqual(firstIds);
    });

    it('GET /user/conversations: filters by type, integer assistant id and the channel fields', async () => {
      const list = async (filter: Parameters<ContractTarget['client']['listConversations']>[0]) => {
        const page = await target.client.listConversations({ perPage: MAX_PER_PAGE, ...filter });
        lastBody(documented.conversationPage);
        return page.conversations;
      };
      for (const type of ThreadTypeSchema.options) {
        const threads = await list({ type });
        expect(threads.every((thread) => thread.type === type)).toBe(true);
        if (target.seeded) expect(threads.length, type).toBeGreaterThan(0);
      }
      // The earlier tests started threads with this assistant, so the filter cannot come back empty.
      const byAssistant = await list({ assistantId: assistant.id });
      expect(byAssistant.length).toBeGreaterThan(0);
      for (const thread of byAssistant) expect([assistant.id, assistant.uuid]).toContain(thread.assistantId);

      const whatsapp = (await list({ type: 'whatsapp' })).find((thread) => thread.whatsappSender?.phone);
      const api = (await list({ type: 'api' })).find((thread) => thread.externalIdentifier);
      if (target.seeded) expect([whatsapp, api]).not.toContain(undefined);
      if (whatsapp?.whatsappSender?.phone) {
        const bySender = await list({ whatsappSenderPhone: whatsapp.whatsappSender.phone });
        expect(bySender.map((thread) => thread.id)).toContain(whatsapp.id);
        for (const thread of bySender)
          expect(thread.whatsappSender?.phone).toBe(whatsapp.whatsappSender.phone);
        const customerPhone = whatsapp.customer?.phone ?? '';
        const byCustomer = await list({ customerPhone });
        expect(byCustomer.map((thread) => thread.id)).toContain(whatsapp.id);
        for (const thread of byCustomer) expect(thread.customer?.phone).toBe(customerPhone);
      }
      if (api?.externalIdentifier) {
        const byIdentifier = await list({ externalIdentifier: api.externalIdentifier });
        expect(byIdentifier.map((thread) => thread.id)).toContain(api.id);
      }
    });

    it('documented errors: unknown ids, invalid input and a wrong key', async () => {
      const { client } = target;
      const conversationGone = { code: 'not_found', status: 404 };
      expect(await errorOf(client.getConversation({ conversationId: UNKNOWN_UUID }))).toMatchObject(
        conversationGone,
      );
      expect(
        await errorOf(client.sendMessage({ conversationId: UNKNOWN_UUID, message: 'Hi' })),
      ).toMatchObject(conversationGone);
      expect(await errorOf(client.disableAi({ conversationId: UNKNOWN_UUID }))).toMatchObject(
        conversationGone,
      );
      expect(
        await errorOf(client.createConversation({ assistantUuid: UNKNOWN_UUID, type: 'test' })),
      ).toMatchObject({ code: 'not_found', status: 404 });
      expect(
        await errorOf(
          client.generateReply({
            assistantId: UNKNOWN_ASSISTANT_ID,
            customerIdentifier: `${target.runId}-x`,
            message: 'Hi',
          }),
        ),
      ).toMatchObject({ code: 'not_found', status: 404, errorCode: 'ASSISTANT_NOT_FOUND' });
      expect(
        await errorOf(client.updateAssistant({ assistantId: UNKNOWN_ASSISTANT_ID, changes: { name: 'x' } })),
      ).toMatchObject({ code: 'not_found', status: 404 });

      const { conversationId } = await client.createConversation({
        assistantUuid: assistant.uuid,
        type: 'test',
      });
      expect(await errorOf(client.sendMessage({ conversationId, message: '' }))).toMatchObject({
        code: 'validation',
        status: 422,
        famulorError: 'message is required',
      });
      expect(
        await errorOf(client.sendMessage({ conversationId, message: 'x'.repeat(MAX_MESSAGE_LENGTH + 1) })),
      ).toMatchObject({ code: 'validation' });
      const identifier = await errorOf(
        client.generateReply({
          assistantId: assistant.id,
          customerIdentifier: 'c'.repeat(MAX_CUSTOMER_IDENTIFIER_LENGTH + 1),
          message: 'Hi',
        }),
      );
      expect(identifier).toMatchObject({ code: 'validation', status: 422 });
      expect(Object.keys(identifier.fieldErrors ?? {})).toContain('customer_identifier');

      expect(await errorOf(target.wrongKeyClient.getAccount())).toMatchObject({
        code: 'unauthorized',
        status: 401,
      });
    });

    it('takeover with a wrong key: 401, naming the key that was tried', async () => {
      const { conversationId } = await target.client.createConversation({
        assistantUuid: assistant.uuid,
        type: 'test',
      });
      // Without an Automate key the API key is sent, so that is the one a 401 names.
      expect(await errorOf(target.wrongKeyClient.enableAi({ conversationId }))).toMatchObject({
        code: 'unauthorized',
        status: 401,
        famulorError: 'Unauthorized',
        keyKind: 'api',
      });
      expect(await errorOf(target.wrongAutomateKeyClient.disableAi({ conversationId }))).toMatchObject({
        code: 'unauthorized',
        status: 401,
        keyKind: 'automate',
      });
    });

    it('takeover of an unknown conversation: 404 Conversation not found, both ways', async () => {
      for (const call of [target.client.disableAi, target.client.enableAi]) {
        const error = await errorOf(call({ conversationId: UNKNOWN_UUID }));
        expect(error).toMatchObject({
          code: 'not_found',
          status: 404,
          famulorError: 'Conversation not found',
        });
        expect(error.keyKind).toBeUndefined();
      }
    });

    it('recorded every exchange with the Authorization header redacted and the key nowhere', () => {
      const exchanges = target.recorder.list();
      expect(exchanges.length).toBeGreaterThan(20);
      for (const exchange of exchanges) {
        expect(exchange.requestHeaders.Authorization).toBe(REDACTED_AUTHORIZATION);
      }
      expect(JSON.stringify(exchanges)).not.toContain(target.apiKey);
      if (target.automateKey) expect(JSON.stringify(exchanges)).not.toContain(target.automateKey);
    });
  });
