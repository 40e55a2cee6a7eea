import { describe, expect, it } from 'vitest';
import {
  shapes,
  simulatorsClosedAfterEach,
  whatsappShapes,
  type TestSimulator,
} from '../testing/simulatorTestKit';

const start = simulatorsClosedAfterEach();
const MAX_SENDER = 15;
const PAUL = '+4917612340987';
const DAY_MS = 24 * 60 * 60 * 1000;

const windowOf = async (sim: TestSimulator) =>
  whatsappShapes.session.parse(
    (
      await sim.api.get(
        `/user/whatsapp/session-status?sender_id=${MAX_SENDER}&recipient_phone=${encodeURIComponent(PAUL)}`,
      )
    ).body,
  ).session_status;

const longThread = async (sim: TestSimulator) => {
  const page = await sim.api.get(
    `/user/conversations?type=whatsapp&customer_phone=${encodeURIComponent(PAUL)}`,
  );
  const row = (page.body as { data: { id: string; message_count: number }[] }).data.find(
    (item) => item.message_count === 10_000,
  );
  if (!row) throw new Error('no long thread');
  return row.id;
};

describe('the simulator’s demo controls (in-process, for demos and tests)', () => {
  it('moves the clock: the window closes a day on', async () => {
    const sim = await start({ seedHistory: true });
    expect((await windowOf(sim)).is_open).toBe(true);
    sim.simulator.demo.advanceClock(DAY_MS);
    expect((await windowOf(sim)).is_open).toBe(false);
    expect(() => sim.simulator.demo.advanceClock(-1)).toThrow(RangeError);
  });

  it('lets the customer write: the message joins the thread and opens the window; taken over, the AI stays quiet', async () => {
    const sim = await start({ seedHistory: true });
    const id = await longThread(sim);
    await sim.api.automate(`/automate/conversations/${id}/disable-ai`);
    sim.simulator.demo.advanceClock(DAY_MS);
    expect(sim.simulator.demo.customerWrites(id, 'Hallo? Ist da noch jemand?')).toBe(true);
    const status = await windowOf(sim);
    expect(status).toMatchObject({ is_open: true, minutes_remaining: 1440 });
    const history = shapes.detail.parse((await sim.api.get(`/conversations/${id}`)).body).history;
    expect(history.at(-1)).toEqual({ role: 'user', content: 'Hallo? Ist da noch jemand?' });
    expect(history).toHaveLength(10_001);
  });

  it('has the AI answer while it is on, and refuses threads that are not WhatsApp', async () => {
    const sim = await start({ seedHistory: true });
    const id = await longThread(sim);
    expect(sim.simulator.demo.customerWrites(id, 'Where is my order NW-10482?')).toBe(true);
    const history = shapes.detail.parse((await sim.api.get(`/conversations/${id}`)).body).history;
    expect(history.at(-1)?.role).toBe('assistant');
    expect(history.at(-1)?.content).toContain('NW-10482');
    expect(sim.simulator.demo.customerWrites('no-such-thread', 'Hallo')).toBe(false);
  });
});
