import { describe, expect, it } from 'vitest';
import {
  CLARA,
  MAX,
  SOPHIE,
  shapes,
  simulatorsClosedAfterEach,
  type TestSimulator,
} from '../../testing/simulatorTestKit';

const start = simulatorsClosedAfterEach();

const create = async (sim: TestSimulator, body: Record<string, unknown>) => {
  const answer = await sim.api.post('/conversations', body);
  expect(answer.status).toBe(200);
  return shapes.created.parse(answer.body);
};
const send = async (sim: TestSimulator, id: string, message: string) => {
  const answer = await sim.api.post(`/conversations/${id}/messages`, { message });
  expect(answer.status).toBe(200);
  return shapes.sent.parse(answer.body);
};
const balance = async (sim: TestSimulator) =>
  shapes.account.parse((await sim.api.get('/user/me')).body).total_balance;

describe('POST /conversations', () => {
  it('creates a conversation whose history starts with the rendered initial message', async () => {
    const sim = await start();
    const created = await create(sim, { assistant_id: CLARA.uuid, type: 'test' });
    expect(created.history).toEqual([
      {
        role: 'assistant',
        content:
          "Hi, I'm Clara from Stadtpark Health Clinic. I can check free appointment slots and book one for you. What would you like to come in for?",
      },
    ]);
  });

  it('substitutes {{var}} and {var} from the request variables before the assistant defaults', async () => {
    const sim = await start();
    const created = await create(sim, {
      assistant_id: SOPHIE.uuid,
      type: 'test',
      variables: { company_name: 'Kanzlei Roth' },
    });
    expect(created.history[0]?.content).toBe(
      'Guten Tag bei Kanzlei Roth, hier ist Sophie. Wie kann ich Ihnen helfen? – Hello, this is Sophie at Kanzlei Roth. How can I help you?',
    );
  });

  it('wants the UUID: an integer id or unknown UUID is "Assistant not found"', async () => {
    const sim = await start();
    for (const assistantId of [CLARA.id, String(CLARA.id), '00000000-0000-4000-8000-000000000000']) {
      const answer = await sim.api.post('/conversations', { assistant_id: assistantId });
      expect(answer.status).toBe(404);
      expect(shapes.chatError.parse(answer.body)).toEqual({ status: false, error: 'Assistant not found' });
    }
  });

  it('refuses a billed widget conversation the balance could not pay for, but starts a free test one', async () => {
    const sim = await start({ initialBalance: 0 });
    const widget = await sim.api.post('/conversations', { assistant_id: CLARA.uuid });
    expect(widget.status).toBe(400);
    expect(widget.body).toEqual({
      status: false,
      error: 'Insufficient balance. Please top up your account.',
    });
    expect((await sim.api.post('/conversations', { assistant_id: CLARA.uuid, type: 'test' })).status).toBe(
      200,
    );
  });

  it('rejects malformed requests', async () => {
    const sim = await start();
    expect((await sim.api.post('/conversations', {})).body).toEqual({
      status: false,
      error: 'assistant_id is required',
    });
    const badType = await sim.api.post('/conversations', { assistant_id: CLARA.uuid, type: 'whatsapp' });
    expect(badType.status).toBe(422);
    const badVariables = await sim.api.post('/conversations', { assistant_id: CLARA.uuid, variables: ['x'] });
    expect(shapes.chatError.parse(badVariables.body).error).toBe('variables must be an object');
  });
});

describe('POST /conversations/{uuid}/messages', () => {
  it('runs the appointment flow with real-looking function calls and exact replies', async () => {
    const sim = await start();
    const { conversation_id: id } = await create(sim, { assistant_id: CLARA.uuid, type: 'test' });
    expect((await send(sim, id, "I'd like to book a consultation")).message).toBe(
      'Happy to help with a consultation. Which day would suit you? Tomorrow, a weekday, or a date like 2026-06-15.',
    );
    const availability = await send(sim, id, 'How about 2026-06-15?');
    expect(availability.function_calls).toEqual([
      {
        name: 'check_calendar_availability',
        arguments: { date: '2026-06-15', service: 'consultation', timezone: 'Europe/Berlin' },
        result: {
          date: '2026-06-15',
          timezone: 'Europe/Berlin',
          duration_minutes: 30,
          available_slots: ['09:00', '10:30', '14:00', '16:30'],
          practitioner: 'Dr. Miriam Hoffmann',
        },
      },
    ]);
    // "Still free" only with the calendar's word for it.
    const asked = await send(sim, id, '10:30 please');
    expect(asked.message).toContain('10:30 on 2026-06-15 is still free');
    expect(asked.function_calls.map((call) => [call.name, call.result])).toEqual([
      [
        'check_calendar_availability',
        expect.objectContaining({ requested_time: '10:30', requested_time_available: true }),
      ],
    ]);
    const booked = await send(sim, id, 'My name is Anna Schmidt');
    const [booking] = booked.function_calls;
    expect(booking?.name).toBe('book_appointment');
    expect(booking?.arguments).toEqual({
      name: 'Anna Schmidt',
      slot: '2026-06-15T10:30',
      service: 'consultation',
      duration_minutes: 30,
      timezone: 'Europe/Berlin',
    });
    expect(booking?.result).toMatchObject({
      success: true,
      confirmation_id: expect.stringMatching(/^BK-[0-9A-Z]{6}$/),
    });
    const confirmation = (booking?.result as { confirmation_id: string }).confirmation_id;
    expect(booked.message).toBe(
      `All set, Anna Schmidt! Your consultation is booked for 2026-06-15 at 10:30 (Europe/Berlin) with Dr. Miriam Hoffmann. Your confirmation number is ${confirmation}. Is there anything else I can do for you?`,
    );
  });

  it('answers the same script with the same replies in two fresh simulators', async () => {
    const script = [
      'Hello',
      'What about 2026-06-22?',
      '16:30',
      "It's for Mehmet Yilmaz",
      'Cheers',
      'gibberish',
    ];
    const play = async () => {
      const sim = await start();
      const { conversation_id: id } = await create(sim, { assistant_id: CLARA.uuid, type: 'test' });
      const replies = [];
      for (const line of script) replies.push(await send(sim, id, line));
      return replies;
    };
    const first = await play();
    expect(await play()).toEqual(first);
    expect(first[5]?.message).toBe(
      "Sorry, I didn't catch that. I can check free appointment slots for a day (for example tomorrow, or 2026-06-15) and book one for you.",
    );
  });

  it('bills widget messages at $0.01 each and leaves test conversations free', async () => {
    const sim = await start({ initialBalance: 1 });
    const widget = await create(sim, { assistant_id: MAX.uuid, type: 'widget' });
    expect(await balance(sim)).toBe(1);
    await send(sim, widget.conversation_id, 'Hi');
    await send(sim, widget.conversation_id, 'Where is NW-10482?');
    expect(await balance(sim)).toBe(0.98);
    const test = await create(sim, { assistant_id: MAX.uuid, type: 'test' });
    await send(sim, test.conversation_id, 'Hi');
    expect(await balance(sim)).toBe(0.98);
  });

  it('answers 400 once the balance cannot pay for the next widget message', async () => {
    const sim = await start({ initialBalance: 0.01 });
    const { conversation_id: id } = await create(sim, { assistant_id: MAX.uuid });
    await send(sim, id, 'Hi');
    const refused = await sim.api.post(`/conversations/${id}/messages`, { message: 'Hello again' });
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual({
      status: false,
      error: 'Insufficient balance. Please top up your account.',
    });
  });

  it('validates the message and the conversation', async () => {
    const sim = await start();
    const { conversation_id: id } = await create(sim, { assistant_id: MAX.uuid, type: 'test' });
    for (const body of [{}, { message: '' }, { message: '   ' }, { message: 42 }]) {
      const answer = await sim.api.post(`/conversations/${id}/messages`, body);
      expect(answer.status).toBe(422);
      expect(answer.body).toEqual({ status: false, error: 'message is required' });
    }
    expect((await sim.api.post(`/conversations/${id}/messages`, { message: 'x'.repeat(2000) })).status).toBe(
      200,
    );
    const tooLong = await sim.api.post(`/conversations/${id}/messages`, { message: 'x'.repeat(2001) });
    expect(tooLong.status).toBe(422);
    expect(shapes.chatError.parse(tooLong.body).error).toMatch(/2000/);
    const missing = await sim.api.post('/conversations/7f0e6c1a-0000-4000-8000-000000000000/messages', {
      message: 'Hi',
    });
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ status: false, error: 'Conversation not found' });
  });

  it('fails with "Failed to process message" while the assistant is inactive', async () => {
    const sim = await start();
    const { conversation_id: id } = await create(sim, { assistant_id: MAX.uuid, type: 'test' });
    await sim.api.put(`/user/assistant/${MAX.id}`, { status: 'inactive' });
    const answer = await sim.api.post(`/conversations/${id}/messages`, { message: 'Hi' });
    expect(answer.status).toBe(400);
    expect(shapes.chatError.parse(answer.body).error).toMatch(/^Failed to process message: /);
  });
});

describe('GET /conversations/{uuid}', () => {
  it('returns the history oldest first, function calls on assistant entries, and the variables', async () => {
    const sim = await start();
    const { conversation_id: id } = await create(sim, {
      assistant_id: MAX.uuid,
      type: 'test',
      variables: { customer_name: 'Mia' },
    });
    await send(sim, id, 'Where is my order NW-10482?');
    const detail = shapes.detail.parse((await sim.api.get(`/conversations/${id}`)).body);
    expect(detail.variables).toEqual({ customer_name: 'Mia' });
    expect(detail.history.map((entry) => entry.role)).toEqual(['assistant', 'user', 'assistant']);
    expect(detail.history[1]).toEqual({ role: 'user', content: 'Where is my order NW-10482?' });
    expect(detail.history[2]?.function_calls?.[0]).toMatchObject({
      name: 'lookup_order',
      arguments: { order_id: 'NW-10482' },
      result: { status: 'shipped', tracking_number: 'JJD000149010482', eta: '2026-06-17' },
    });
    expect(detail.external_identifier).toBeUndefined();
  });

  it('shows variables: null when none were given, and 404 for an unknown id', async () => {
    const sim = await start();
    const { conversation_id: id } = await create(sim, { assistant_id: MAX.uuid, type: 'test' });
    expect(shapes.detail.parse((await sim.api.get(`/conversations/${id}`)).body).variables).toBeNull();
    const missing = await sim.api.get('/conversations/not-a-conversation');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ status: false, error: 'Conversation not found' });
  });
});
