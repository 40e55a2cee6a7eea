import { expect } from 'vitest';
import { shapes, whatsappShapes, type TestSimulator } from './simulatorTestKit';

// Famulor's WhatsApp pages (en/api-reference/whatsapp/*) against the simulator's seeded account: Clara's sender 12
// and Max's 15 are online, Sophie's 18 is offline; Max's 10,000-message thread with Paul Neumann had its last
// customer message two hours ago (window open), Clara's thread with him ended two days ago (window expired).
export const CLARA_SENDER = 12;
export const MAX_SENDER = 15;
export const SOPHIE_SENDER = 18;
export const PAUL = '+4917612340987';
export const NEW_CUSTOMER = '+4915799990000';
export const HOUR_MS = 60 * 60 * 1000;

export const sessionOf = async (sim: TestSimulator, senderId: number, phone: string) => {
  const answer = await sim.api.get(
    `/user/whatsapp/session-status?sender_id=${senderId}&recipient_phone=${encodeURIComponent(phone)}`,
  );
  expect(answer.status).toBe(200);
  return whatsappShapes.session.parse(answer.body);
};

export const freeform = (sim: TestSimulator, senderId: number, phone: string, message: string) =>
  sim.api.post('/user/whatsapp/send-freeform', { sender_id: senderId, recipient_phone: phone, message });

export const template = (sim: TestSimulator, body: Record<string, unknown>) =>
  sim.api.post('/user/whatsapp/send', body);

export const errorCodeOf = (answer: { status: number; body: unknown }) => ({
  status: answer.status,
  errorCode: whatsappShapes.error.parse(answer.body).error_code,
});

/** The uuid of the WhatsApp thread between a sender's phone and a customer, as the conversation list shows it. */
export const threadUuid = async (sim: TestSimulator, senderPhone: string, customerPhone: string) => {
  const page = await sim.api.get(
    `/user/conversations?type=whatsapp&whatsapp_sender_phone=${encodeURIComponent(senderPhone)}&customer_phone=${encodeURIComponent(customerPhone)}`,
  );
  const id = (page.body as { data: { id: string }[] }).data[0]?.id;
  if (!id) throw new Error(`No thread between ${senderPhone} and ${customerPhone}.`);
  return id;
};

export const historyOf = async (sim: TestSimulator, uuid: string) =>
  shapes.detail.parse((await sim.api.get(`/conversations/${uuid}`)).body).history;
