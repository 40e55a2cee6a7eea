import { describe, expect, it } from 'vitest';
import {
  CLARA,
  SOPHIE,
  assistantPageShape,
  shapes,
  simulatorsClosedAfterEach,
  type TestSimulator,
} from '../../testing/simulatorTestKit';

const start = simulatorsClosedAfterEach();

const assistants = async (sim: TestSimulator, query = '') => {
  const answer = await sim.api.get(`/user/assistants/get${query}`);
  expect(answer.status).toBe(200);
  return assistantPageShape.parse(answer.body);
};

describe('GET /user/me', () => {
  it('returns name, email and the configured balance', async () => {
    const sim = await start({ initialBalance: 12.5 });
    expect(shapes.account.parse((await sim.api.get('/user/me')).body)).toEqual({
      name: 'Demo Account',
      email: 'demo@example.com',
      total_balance: 12.5,
    });
  });
});

describe('GET /user/assistants/get', () => {
  it('pages the three demo assistants, each with integer id and uuid, and hides the scripted intents', async () => {
    const sim = await start();
    const first = await assistants(sim);
    expect(first).toMatchObject({ current_page: 1, per_page: 10, total: 3, last_page: 1 });
    expect(first.data.map((assistant) => [assistant.id, assistant.uuid, assistant.name])).toEqual([
      [101, CLARA.uuid, 'Clara'],
      [102, 'b8e2d4a6-1c3f-4e5a-8b7d-9f0a1c2e3d47', 'Max'],
      [103, SOPHIE.uuid, 'Sophie'],
    ]);
    for (const assistant of first.data) {
      expect(Object.keys(assistant)).not.toContain('intents');
      expect(assistant.tools.length).toBeGreaterThan(0);
    }
    expect(first.data[2]).toMatchObject({
      language: 'de',
      timezone: 'Europe/Berlin',
      variables: { opening_hours: 'Mo–Fr 08:00–17:00' },
    });
    const second = await assistants(sim, '?per_page=2&page=2');
    expect(second).toMatchObject({ current_page: 2, per_page: 2, total: 3, last_page: 2 });
    expect(second.data.map((assistant) => assistant.id)).toEqual([103]);
    expect((await assistants(sim, '?page=5')).data).toEqual([]);
  });

  it('validates per_page and page', async () => {
    const sim = await start();
    for (const [query, field] of [
      ['?per_page=0', 'per_page'],
      ['?per_page=101', 'per_page'],
      ['?page=0', 'page'],
    ]) {
      const answer = await sim.api.get(`/user/assistants/get${query}`);
      expect(answer.status).toBe(422);
      expect(Object.keys(shapes.laravelValidation.parse(answer.body).errors)).toEqual([field]);
    }
  });
});

describe('PUT /user/assistant/{id}', () => {
  it('updates only the fields sent and answers the documented shape', async () => {
    const sim = await start();
    const answer = await sim.api.put(`/user/assistant/${SOPHIE.id}`, { name: 'Sophie (Empfang)' });
    expect(shapes.updated.parse(answer.body)).toEqual({
      message: 'Assistant updated successfully',
      data: { id: 103, name: 'Sophie (Empfang)', status: 'active', type: 'inbound', mode: 'pipeline' },
    });
    const sophie = (await assistants(sim)).data.find((assistant) => assistant.id === SOPHIE.id);
    expect(sophie).toMatchObject({
      name: 'Sophie (Empfang)',
      timezone: 'Europe/Berlin',
      updated_at: '2026-06-15 12:30:00',
    });
    expect(sophie?.variables).toHaveProperty('company_name');
  });

  it('replaces all variables, clears tools with [] and removes the initial message with null', async () => {
    const sim = await start();
    await sim.api.put(`/user/assistant/${CLARA.id}`, {
      variables: { company_name: 'Praxis Nord' },
      tools: [],
      initial_message: null,
    });
    const clara = (await assistants(sim)).data.find((assistant) => assistant.id === CLARA.id);
    expect(clara).toMatchObject({
      variables: { company_name: 'Praxis Nord' },
      tools: [],
      initial_message: null,
    });
    const created = shapes.created.parse(
      (await sim.api.post('/conversations', { assistant_id: CLARA.uuid, type: 'test' })).body,
    );
    expect(created.history).toEqual([]);
    const reply = await sim.api.post(`/conversations/${created.conversation_id}/messages`, {
      message: 'thanks',
    });
    expect(shapes.sent.parse(reply.body).message).toBe("You're welcome! See you at Praxis Nord.");
  });

  it('renders the new initial message and timezone in new conversations', async () => {
    const sim = await start();
    await sim.api.put(`/user/assistant/${CLARA.id}`, {
      initial_message: 'Hello from {{assistant_name}}, it is {{current_time}} on {{current_date}}.',
      timezone: 'America/New_York',
    });
    const created = shapes.created.parse(
      (await sim.api.post('/conversations', { assistant_id: CLARA.uuid, type: 'test' })).body,
    );
    expect(created.history[0]?.content).toBe('Hello from Clara, it is 08:30 on 2026-06-15.');
  });

  it('answers 404 for an assistant that is not the account’s and 422 for invalid fields', async () => {
    const sim = await start();
    for (const id of ['999', CLARA.uuid]) {
      const answer = await sim.api.put(`/user/assistant/${id}`, { name: 'x' });
      expect(answer.status).toBe(404);
    }
    const invalid = await sim.api.put(`/user/assistant/${CLARA.id}`, {
      name: null,
      timezone: 'Mars/Olympus',
      variables: 'x',
      tools: [{ nope: true }],
    });
    expect(invalid.status).toBe(422);
    expect(Object.keys(shapes.laravelValidation.parse(invalid.body).errors).sort()).toEqual([
      'name',
      'timezone',
      'tools.0.type',
      'variables',
    ]);
  });
});
