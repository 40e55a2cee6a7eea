import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  CLARA,
  assistantPageShape,
  shapes,
  simulatorsClosedAfterEach,
  type TestSimulator,
} from '../../testing/simulatorTestKit';

// POST and DELETE /user/assistant and the models and languages lists, as en/api-reference/assistants/* document them.
const start = simulatorsClosedAfterEach();

const createdShape = z.strictObject({
  message: z.literal('Assistant created successfully'),
  data: z.strictObject({
    id: z.number().int(),
    name: z.string(),
    status: z.literal('inactive'),
    type: z.enum(['inbound', 'outbound']),
    mode: z.enum(['pipeline', 'multimodal', 'dualplex']),
  }),
});

const listed = async (sim: TestSimulator) =>
  assistantPageShape.parse((await sim.api.get('/user/assistants/get?per_page=100')).body).data;

/** A copy of Clara's settings as a playground makes one: everything required, read from the list. */
const claraCopy = async (sim: TestSimulator, changes: Record<string, unknown> = {}) => {
  const clara = (await listed(sim)).find((assistant) => assistant.id === CLARA.id);
  if (!clara) throw new Error('Clara is not listed');
  return {
    name: '[draft] Clara · 14:02',
    voice_id: clara.voice_id,
    language_id: clara.language_id,
    type: clara.type,
    mode: 'pipeline',
    timezone: clara.timezone,
    initial_message: 'Hi, Clara here (draft). What can I book for you?',
    system_prompt: clara.system_prompt,
    llm_model_id: clara.llm_model_id,
    variables: { ...clara.variables, company_name: 'Draft GmbH' },
    ...changes,
  };
};

describe('POST /user/assistant', () => {
  it('creates an inactive assistant that the list then shows with what was sent', async () => {
    const sim = await start();
    const answer = await sim.api.post('/user/assistant', await claraCopy(sim));
    expect(answer.status).toBe(201);
    const { data } = createdShape.parse(answer.body);
    expect(data).toMatchObject({ name: '[draft] Clara · 14:02', status: 'inactive', type: 'inbound' });
    const copy = (await listed(sim)).find((assistant) => assistant.id === data.id);
    expect(copy).toMatchObject({
      initial_message: 'Hi, Clara here (draft). What can I book for you?',
      llm_model_id: 2,
      multimodal_model_id: null,
      language: 'en',
      status: 'inactive',
      variables: { company_name: 'Draft GmbH' },
    });
    expect(copy?.uuid).not.toBe(CLARA.uuid);
  });

  it('refuses what the create page requires, each field named, with its fixed summary', async () => {
    const sim = await start();
    const answer = await sim.api.post('/user/assistant', {});
    expect(answer.status).toBe(422);
    const body = z
      .strictObject({ message: z.string(), errors: z.record(z.string(), z.array(z.string())) })
      .parse(answer.body);
    expect(body.message).toBe('Validation failed');
    expect(Object.keys(body.errors).sort()).toEqual(
      [
        'initial_message',
        'language_id',
        'mode',
        'name',
        'system_prompt',
        'timezone',
        'type',
        'voice_id',
      ].sort(),
    );
    expect(body.errors.name).toEqual(['The name field is required.']);
  });

  it.each([
    ['an initial message over 200 characters', { initial_message: 'x'.repeat(201) }, 'initial_message'],
    ['a pipeline without its model', { llm_model_id: undefined }, 'llm_model_id'],
    ['a model the account does not have', { llm_model_id: 99 }, 'llm_model_id'],
    ['a multimodal assistant without a multimodal model', { mode: 'multimodal' }, 'multimodal_model_id'],
    ['an unknown language', { language_id: 999 }, 'language_id'],
    ['an unknown mode', { mode: 'telepathy' }, 'mode'],
    ['a timezone that is none', { timezone: 'Mars/Olympus' }, 'timezone'],
    ['tools in the read shape', { tools: [{ type: 'end_call', data: {} }] }, 'tools.0.data'],
  ])('refuses %s', async (_what, changes, field) => {
    const sim = await start();
    const before = (await listed(sim)).length;
    const answer = await sim.api.post('/user/assistant', await claraCopy(sim, changes));
    expect(answer.status).toBe(422);
    expect(Object.keys((answer.body as { errors: object }).errors)).toContain(field);
    expect((await listed(sim)).length).toBe(before);
  });

  it('counts the initial message in characters: 200 emoji are allowed', async () => {
    const sim = await start();
    const answer = await sim.api.post(
      '/user/assistant',
      await claraCopy(sim, { initial_message: '😀'.repeat(200) }),
    );
    expect(answer.status).toBe(201);
  });

  it('answers like the assistant it was copied from once activated, with its own initial message and variables', async () => {
    const sim = await start();
    const { data } = createdShape.parse((await sim.api.post('/user/assistant', await claraCopy(sim))).body);
    const copy = (await listed(sim)).find((assistant) => assistant.id === data.id);
    // New assistants are inactive: their conversations fail until switched on.
    const inactive = shapes.created.parse(
      (await sim.api.post('/conversations', { assistant_id: copy?.uuid, type: 'test' })).body,
    );
    const refused = await sim.api.post(`/conversations/${inactive.conversation_id}/messages`, {
      message: 'hi',
    });
    expect(refused.status).toBe(400);
    expect((await sim.api.put(`/user/assistant/${data.id}`, { status: 'active' })).status).toBe(200);
    const opened = shapes.created.parse(
      (await sim.api.post('/conversations', { assistant_id: copy?.uuid, type: 'test' })).body,
    );
    expect(opened.history[0]?.content).toBe('Hi, Clara here (draft). What can I book for you?');
    const reply = shapes.sent.parse(
      (
        await sim.api.post(`/conversations/${opened.conversation_id}/messages`, {
          message: 'Which slots are free on 2026-06-16?',
        })
      ).body,
    );
    expect(reply.function_calls.map((call) => call.name)).toEqual(['check_calendar_availability']);
  });
});

describe('PUT /user/assistant/{id}: llm_model_id', () => {
  it('changes the model to one of the account’s and refuses another', async () => {
    const sim = await start();
    expect((await sim.api.put(`/user/assistant/${CLARA.id}`, { llm_model_id: 1 })).status).toBe(200);
    expect((await listed(sim)).find((assistant) => assistant.id === CLARA.id)?.llm_model_id).toBe(1);
    expect((await sim.api.put(`/user/assistant/${CLARA.id}`, { llm_model_id: 99 })).status).toBe(422);
  });
});

describe('PUT /user/assistant/{id}: language_id', () => {
  it('changes the language to one of the languages list, the list showing its code, and refuses another', async () => {
    const sim = await start();
    expect((await sim.api.put(`/user/assistant/${CLARA.id}`, { language_id: 5 })).status).toBe(200);
    expect((await listed(sim)).find((assistant) => assistant.id === CLARA.id)).toMatchObject({
      language_id: 5,
      language: 'de',
    });
    for (const refused of [99, 'German', null]) {
      const answer = await sim.api.put(`/user/assistant/${CLARA.id}`, { language_id: refused });
      expect(answer.status).toBe(422);
    }
    expect((await listed(sim)).find((assistant) => assistant.id === CLARA.id)?.language_id).toBe(5);
  });
});

describe('DELETE /user/assistant/{id}', () => {
  it('deletes the account’s assistant once; the second time and an unknown id are 404', async () => {
    const sim = await start();
    const { data } = createdShape.parse((await sim.api.post('/user/assistant', await claraCopy(sim))).body);
    const deleted = await sim.api.delete(`/user/assistant/${data.id}`);
    expect(deleted).toMatchObject({ status: 200, body: { message: 'Assistant deleted successfully' } });
    expect((await listed(sim)).map((assistant) => assistant.id)).not.toContain(data.id);
    const again = await sim.api.delete(`/user/assistant/${data.id}`);
    expect(again).toMatchObject({
      status: 404,
      body: { message: 'Assistant not found or does not belong to the authenticated user' },
    });
    expect((await sim.api.delete('/user/assistant/abc')).status).toBe(404);
  });
});

describe('GET /user/assistants/models and /languages', () => {
  const modelsShape = z.strictObject({
    data: z.array(z.strictObject({ id: z.number().int(), name: z.string(), code: z.string().optional() })),
  });

  it('lists LLM models by default and multimodal ones with their code', async () => {
    const sim = await start();
    const llm = modelsShape.parse((await sim.api.get('/user/assistants/models')).body);
    expect(llm.data).toEqual([
      { id: 1, name: 'GPT-4o-mini' },
      { id: 2, name: 'GPT-4.1-mini' },
    ]);
    expect(modelsShape.parse((await sim.api.get('/user/assistants/models?type=llm')).body)).toEqual(llm);
    const multimodal = modelsShape.parse((await sim.api.get('/user/assistants/models?type=dualplex')).body);
    expect(multimodal.data.every((model) => typeof model.code === 'string')).toBe(true);
    expect((await sim.api.get('/user/assistants/models?type=other')).status).toBe(422);
  });

  it('lists the languages as a bare array with their ISO codes', async () => {
    const sim = await start();
    const languages = z
      .array(z.strictObject({ id: z.number().int(), name: z.string(), iso_2: z.string().length(2) }))
      .parse((await sim.api.get('/user/assistants/languages')).body);
    expect(languages.find((language) => language.iso_2 === 'de')).toEqual({
      id: 5,
      name: 'German',
      iso_2: 'de',
    });
  });
});
