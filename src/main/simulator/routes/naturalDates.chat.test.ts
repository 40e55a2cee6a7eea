import { describe, expect, it } from 'vitest';
import {
  CLARA,
  SOPHIE,
  shapes,
  simulatorsClosedAfterEach,
  type TestSimulator,
} from '../../testing/simulatorTestKit';

// Clara understands days and times as callers say them, in English and German, and says a time is free only with
// the calendar's answer for it. The simulator's clock stands at 2026-06-15 (a Monday) in Berlin.
const start = simulatorsClosedAfterEach();

const conversation = async (sim: TestSimulator) => {
  const answer = await sim.api.post('/conversations', { assistant_id: CLARA.uuid, type: 'test' });
  const { conversation_id: id } = shapes.created.parse(answer.body);
  return async (message: string) => {
    const sent = await sim.api.post(`/conversations/${id}/messages`, { message });
    expect(sent.status).toBe(200);
    return shapes.sent.parse(sent.body);
  };
};

const calendarAsked = (reply: { function_calls: { name: string; arguments: unknown; result: unknown }[] }) =>
  reply.function_calls.filter((call) => call.name === 'check_calendar_availability');

describe('Clara and natural dates', () => {
  it('"tomorrow at 10": the calendar is asked for that day and time, and 10:00 is not claimed to be free', async () => {
    const say = await conversation(await start());
    const reply = await say('Do you have something tomorrow at 10?');
    expect(calendarAsked(reply)).toEqual([
      expect.objectContaining({
        arguments: expect.objectContaining({ date: '2026-06-16', time: '10:00' }),
        result: expect.objectContaining({
          available_slots: ['09:00', '10:30', '14:00', '16:30'],
          requested_time_available: false,
        }),
      }),
    ]);
    expect(reply.message).toBe(
      "I'm sorry, 10:00 on 2026-06-16 is not free. These times are: 09:00, 10:30, 14:00 and 16:30. Which one suits you?",
    );
    const free = await say('10:30 then');
    expect(free.message).toContain('10:30 on 2026-06-16 is still free');
    expect(calendarAsked(free)[0]?.result).toMatchObject({ requested_time_available: true });
    const booked = await say('My name is Anna Weber');
    expect(booked.function_calls[0]).toMatchObject({
      name: 'book_appointment',
      arguments: { name: 'Anna Weber', slot: '2026-06-16T10:30' },
    });
  });

  it('"morgen um 10" in German: a German answer for the right day, and booking with "mein Name ist"', async () => {
    const say = await conversation(await start());
    expect((await say('Guten Morgen')).message).toBe(
      'Hallo! Ich bin Clara von Stadtpark Health Clinic. Möchten Sie einen Termin vereinbaren?',
    );
    const reply = await say('Haben Sie morgen um 10 Uhr einen Termin frei?');
    expect(calendarAsked(reply)[0]?.arguments).toMatchObject({ date: '2026-06-16', time: '10:00' });
    expect(reply.message).toBe(
      '10:00 Uhr am 2026-06-16 ist leider nicht frei. Frei sind 09:00, 10:30, 14:00 und 16:30 Uhr. Welche Zeit passt Ihnen?',
    );
    expect((await say('Dann um 14 Uhr')).message).toContain('14:00 Uhr am 2026-06-16 ist noch frei');
    const booked = await say('Mein Name ist Jonas Becker');
    expect(booked.function_calls[0]).toMatchObject({
      name: 'book_appointment',
      arguments: { name: 'Jonas Becker', slot: '2026-06-16T14:00' },
    });
    expect(booked.message).toMatch(
      /^Alles klar, Jonas Becker! Ihr Termin \(consultation\) ist am 2026-06-16 um 14:00 Uhr/,
    );
  });

  it('a weekday and "übermorgen" name the next such day; a day alone lists the free times', async () => {
    const say = await conversation(await start());
    const friday = await say('Anything free next Friday?');
    expect(calendarAsked(friday)[0]?.arguments).toMatchObject({ date: '2026-06-19' });
    expect(friday.message).toContain('On 2026-06-19 I have these free slots');
    const german = await conversation(await start());
    const dayAfter = await german('Geht übermorgen?');
    expect(calendarAsked(dayAfter)[0]?.arguments).toMatchObject({ date: '2026-06-17' });
    expect(dayAfter.message).toContain('Am 2026-06-17 habe ich');
  });
});

describe('Sophie and natural dates', () => {
  it('notes a callback for the time the caller names in words, in German and English', async () => {
    const sim = await start();
    for (const [message, reply] of [
      [
        'Bitte rufen Sie mich morgen um 10 Uhr zurück, +49 170 1234567',
        'Gerne! Ich habe einen Rückruf am 2026-06-16 um 10:00 Uhr unter +49 170 1234567 notiert',
      ],
      [
        'Please call me back on Friday at 2 pm, my number is +44 7700 900123',
        "Of course! I've noted a callback on 2026-06-19 at 14:00 to +44 7700 900123",
      ],
    ] as const) {
      const answer = await sim.api.post('/conversations', { assistant_id: SOPHIE.uuid, type: 'test' });
      const { conversation_id: id } = shapes.created.parse(answer.body);
      const sent = shapes.sent.parse((await sim.api.post(`/conversations/${id}/messages`, { message })).body);
      expect(sent.message).toContain(reply);
      expect(sent.function_calls[0]).toMatchObject({
        name: 'take_callback_request',
        arguments: { preferred_time: expect.stringMatching(/^2026-06-1\dT\d\d:00$/) },
      });
    }
  });
});
