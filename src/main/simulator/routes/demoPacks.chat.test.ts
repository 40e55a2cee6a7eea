import { describe, expect, it } from 'vitest';
import { NO_RECORDED_ANSWER_MARK } from '../../../shared/domain/noRecordedAnswer';
import { autohausPack, builtInPacks, LENA } from '../../testing/demoPackKit';
import { CLARA, shapes, simulatorsClosedAfterEach, type TestSimulator } from '../../testing/simulatorTestKit';

// A demo pack served as Famulor would answer: the recorded replies and function calls for what the user says in
// other words, a marked "no recorded answer" for anything else, and the pack's assistant listed like any other.
const start = simulatorsClosedAfterEach();

const withLena = async () => start({ packs: [...(await builtInPacks()), autohausPack()] });

const conversation = async (sim: TestSimulator, uuid = LENA.uuid) => {
  const answer = await sim.api.post('/conversations', { assistant_id: uuid, type: 'test' });
  const created = shapes.created.parse(answer.body);
  return {
    history: created.history,
    say: async (message: string) => {
      const sent = await sim.api.post(`/conversations/${created.conversation_id}/messages`, { message });
      expect(sent.status).toBe(200);
      return shapes.sent.parse(sent.body);
    },
  };
};

describe('a demo pack in the simulator', () => {
  it("lists the pack's assistant with its fields and opens with its initial message, variables filled in", async () => {
    const sim = await withLena();
    const listed = await sim.api.get('/user/assistants/get?per_page=100');
    expect(JSON.stringify(listed.body)).toContain(LENA.uuid);
    const { history } = await conversation(sim);
    expect(history).toEqual([
      { role: 'assistant', content: 'Guten Tag, hier ist Lena vom Autohaus Becker. Wie kann ich helfen?' },
    ]);
  });

  it('follows the recorded script for paraphrases, with the recorded calls, and marks an unrelated message', async () => {
    const { say } = await conversation(await withLena());
    expect((await say('Ich hätte gern einen Inspektionstermin')).message).toBe(
      'Gern! Für welches Fahrzeug, und welcher Tag passt Ihnen?',
    );
    const slots = await say('Golf, nächsten Dienstag');
    expect(slots.function_calls).toEqual([
      {
        name: 'check_workshop_slots',
        arguments: { date: '2026-12-15', vehicle: 'VW Golf' },
        result: { free: ['08:00', '13:30'] },
      },
    ]);
    const unrelated = await say('Wie ist das Wetter in Paris?');
    expect(unrelated).toEqual({
      status: true,
      message: `${NO_RECORDED_ANSWER_MARK} Dafür hat Lena noch keine aufgezeichnete Antwort.`,
      function_calls: [],
    });
    // The script is still where it was: the booking follows.
    const booked = await say('um 8');
    expect(booked.function_calls[0]).toMatchObject({ name: 'book_workshop_slot', result: { booked: true } });
  });

  it("fills the assistant's variables into a recorded reply", async () => {
    const { say } = await conversation(await withLena());
    expect((await say('what time does the workshop open')).message).toBe(
      'Our workshop in Hannover is open Mo–Fr 7:30–18:00.',
    );
  });

  it('serves a changed set of packs without a restart, keeping what an unchanged pack’s assistant was told', async () => {
    const sim = await withLena();
    const renamed = await sim.api.put(`/user/assistant/${CLARA.id}`, { name: 'Clara (demo)' });
    expect(renamed.status).toBe(200);
    sim.simulator.demo.setPacks(await builtInPacks());
    const listed = JSON.stringify((await sim.api.get('/user/assistants/get?per_page=100')).body);
    expect(listed).not.toContain(LENA.uuid);
    expect(listed).toContain('Clara (demo)');
    const refused = await sim.api.post('/conversations', { assistant_id: LENA.uuid, type: 'test' });
    expect(refused.status).toBe(404);
  });
});
