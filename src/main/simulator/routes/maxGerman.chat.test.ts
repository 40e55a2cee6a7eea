import { describe, expect, it } from 'vitest';
import { MAX, shapes, simulatorsClosedAfterEach } from '../../testing/simulatorTestKit';

// Max answers German customers in German, with the same calls as in English.
const start = simulatorsClosedAfterEach();

describe('Max in German', () => {
  it('greets, looks an order up, explains returns and hands over, all in German', async () => {
    const sim = await start();
    const created = shapes.created.parse(
      (await sim.api.post('/conversations', { assistant_id: MAX.uuid, type: 'test' })).body,
    );
    const say = async (message: string) => {
      const sent = await sim.api.post(`/conversations/${created.conversation_id}/messages`, { message });
      expect(sent.status).toBe(200);
      return shapes.sent.parse(sent.body);
    };
    expect((await say('Hallo')).message).toBe(
      'Hallo! Ich bin Max vom Nordwind Outdoor-Support. Wie kann ich helfen?',
    );
    const order = await say('Wo ist meine Bestellung NW-52210?');
    expect(order.function_calls.map((call) => call.name)).toEqual(['lookup_order']);
    expect(order.message).toMatch(/^Die Bestellung NW-52210 ist mit DHL unterwegs/);
    expect((await say('Ich möchte das Zelt zurückschicken')).message).toMatch(
      /innerhalb von 30 Tagen zurückgeben/,
    );
    const handover = await say('Kann ich bitte mit einem Mitarbeiter sprechen?');
    expect(handover.function_calls.map((call) => call.name)).toEqual(['transfer_to_human']);
    expect(handover.message).toMatch(/^Ich verbinde Sie jetzt mit einem Kollegen/);
  });

  it('still answers an English customer in English', async () => {
    const sim = await start();
    const created = shapes.created.parse(
      (await sim.api.post('/conversations', { assistant_id: MAX.uuid, type: 'test' })).body,
    );
    const sent = await sim.api.post(`/conversations/${created.conversation_id}/messages`, {
      message: 'Where is my order NW-52210?',
    });
    expect(shapes.sent.parse(sent.body).message).toMatch(/^Order NW-52210 has shipped with DHL/);
  });
});
