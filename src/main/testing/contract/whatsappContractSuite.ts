import { afterAll, beforeAll, expect, it } from 'vitest';
import type { z } from 'zod';
import type { WhatsAppSender } from '../../../shared/domain/whatsapp';
import { documentedWhatsApp } from './contractShapes';
import { describeTarget, type ContractOptions } from './contractFrame';
import type { ContractTarget } from './contractTarget';
import { errorOf } from '../clientOnSimulatorTestKit';

/** A number from the range Germany reserves for fiction (+49 30 23125 xxx): no customer ever wrote from it. */
const FICTIONAL_NUMBER = '+493023125000';
/** A sender id no account has (the largest 32-bit id). */
const UNKNOWN_SENDER_ID = 2_147_483_647;

/**
 * The five WhatsApp endpoints, as famulor-api.md documents them, through the client against the simulator and, with
 * a key, against Famulor. On a live account only what sends nothing runs (lists, the window, the refusals that
 * happen before anything goes out); the sends themselves, billed messages to a real customer, run on the
 * simulator's seeded account only.
 */
export const describeWhatsAppContract = (
  title: string,
  connect: () => Promise<ContractTarget>,
  options: ContractOptions = {},
) =>
  describeTarget(title, options, () => {
    let target: ContractTarget;
    let online: WhatsAppSender | undefined;

    const lastBody = <T>(shape: z.ZodType<T>): T => shape.parse(target.recorder.list().at(-1)?.responseBody);

    beforeAll(async () => {
      target = await connect();
      online = (await target.client.listWhatsAppSenders({})).find((sender) => sender.status === 'online');
    }, options.timeoutMs);
    afterAll(async () => target?.close());

    it('GET /user/whatsapp/senders: online ones by default, every one with status=all', async () => {
      const all = await target.client.listWhatsAppSenders({ status: 'all' });
      lastBody(documentedWhatsApp.senders);
      const byDefault = await target.client.listWhatsAppSenders({});
      lastBody(documentedWhatsApp.senders);
      expect(byDefault.every((sender) => sender.status === 'online')).toBe(true);
      expect(all.map((sender) => sender.id)).toEqual(
        expect.arrayContaining(byDefault.map((sender) => sender.id)),
      );
      if (target.seeded) expect(all.length).toBeGreaterThan(byDefault.length);
    });

    it('GET /user/whatsapp/senders/{id}/templates: approved ones by default, each with its placeholders named', async (context) => {
      if (!online) return context.skip('the account has no online WhatsApp sender');
      const approved = await target.client.listWhatsAppTemplates({ senderId: online.id });
      lastBody(documentedWhatsApp.templates);
      expect(approved.every((template) => template.status === 'approved')).toBe(true);
      for (const template of approved) {
        const placeholders = new Set(template.bodyText.match(/\{\{\d+\}\}/g) ?? []);
        expect(template.hasVariables, template.name).toBe(placeholders.size > 0);
      }
      const all = await target.client.listWhatsAppTemplates({ senderId: online.id, status: 'all' });
      lastBody(documentedWhatsApp.templates);
      expect(all.length).toBeGreaterThanOrEqual(approved.length);
    });

    it('GET /user/whatsapp/session-status: no conversation with a number nobody wrote from', async (context) => {
      if (!online) return context.skip('the account has no online WhatsApp sender');
      const session = await target.client.getWhatsAppSession({
        senderId: online.id,
        recipientPhone: FICTIONAL_NUMBER,
      });
      lastBody(documentedWhatsApp.session);
      expect(session).toMatchObject({
        hasConversation: false,
        window: { isOpen: false, canSendFreeform: false, requiresTemplate: true },
      });
    });

    it('the refusals that send nothing: an unknown sender, an unknown template, no window', async (context) => {
      const unknownSender = await errorOf(
        target.client.getWhatsAppSession({ senderId: UNKNOWN_SENDER_ID, recipientPhone: FICTIONAL_NUMBER }),
      );
      expect(unknownSender).toMatchObject({ status: 404, errorCode: 'SENDER_NOT_FOUND' });
      lastBody(documentedWhatsApp.error);
      const freeformFromNobody = await errorOf(
        target.client.sendWhatsAppFreeform({
          senderId: UNKNOWN_SENDER_ID,
          recipientPhone: FICTIONAL_NUMBER,
          message: 'contract test',
        }),
      );
      expect(freeformFromNobody).toMatchObject({ status: 404, reason: 'whatsapp_sender_not_found' });
      if (!online) return context.skip('the account has no online WhatsApp sender');
      const noTemplate = await errorOf(
        target.client.sendWhatsAppTemplate({
          senderId: online.id,
          templateId: UNKNOWN_SENDER_ID,
          recipientPhone: FICTIONAL_NUMBER,
        }),
      );
      expect(noTemplate).toMatchObject({ status: 404, reason: 'whatsapp_template_not_found' });
      const noWindow = await errorOf(
        target.client.sendWhatsAppFreeform({
          senderId: online.id,
          recipientPhone: FICTIONAL_NUMBER,
          message: 'contract test',
        }),
      );
      expect(noWindow).toMatchObject({ status: 403, reason: 'whatsapp_session_expired' });
    });

    it('sends: freeform inside an open window, then a template, each answering the documented ids', async (context) => {
      if (!target.seeded) return context.skip('a send is a billed message to a real customer');
      const threads = await target.client.listConversations({ type: 'whatsapp', perPage: 100 });
      let opened: { senderId: number; phone: string } | null = null;
      const senders = await target.client.listWhatsAppSenders({});
      for (const thread of threads.conversations) {
        const sender = senders.find((candidate) => candidate.phoneNumber === thread.whatsappSender?.phone);
        const phone = thread.customer?.phone;
        if (!sender || !phone) continue;
        const session = await target.client.getWhatsAppSession({
          senderId: sender.id,
          recipientPhone: phone,
        });
        if (session.window.canSendFreeform) {
          opened = { senderId: sender.id, phone };
          break;
        }
      }
      if (!opened) throw new Error('The seeded account has no WhatsApp thread with an open window.');
      const freeform = await target.client.sendWhatsAppFreeform({
        senderId: opened.senderId,
        recipientPhone: opened.phone,
        message: `contract ${target.runId}`,
      });
      lastBody(documentedWhatsApp.sent);
      expect(freeform.window?.isOpen).toBe(true);
      const [template] = (await target.client.listWhatsAppTemplates({ senderId: opened.senderId })).filter(
        (candidate) => !candidate.hasVariables,
      );
      if (!template) throw new Error('The seeded sender has no template without variables.');
      const sent = await target.client.sendWhatsAppTemplate({
        senderId: opened.senderId,
        templateId: template.id,
        recipientPhone: opened.phone,
      });
      lastBody(documentedWhatsApp.sent);
      expect(sent.conversationId).toBe(freeform.conversationId);
      expect(sent.deliveryStatus).not.toBeNull();
    });
  });
