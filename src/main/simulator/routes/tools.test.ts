import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { JsonValueSchema } from '../../../shared/domain/famulor';
import { BUILT_IN_TOOL_TYPES } from '../../../shared/domain/tools';
import { CLARA, MAX, simulatorsClosedAfterEach, type TestSimulator } from '../../testing/simulatorTestKit';

const start = simulatorsClosedAfterEach();

/** A mid-call tool as GET /user/tools documents it. */
const MidCallToolShape = z.strictObject({
  id: z.number().int(),
  name: z.string().regex(/^[a-z0-9_]+$/),
  description: z.string().max(255),
  endpoint: z.url(),
  method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
  timeout: z.number().int().min(1).max(30),
  headers: z.array(z.strictObject({ name: z.string(), value: z.string() })),
  schema: z.array(
    z.strictObject({
      name: z.string(),
      type: z.enum(['string', 'number', 'boolean']),
      description: z.string(),
    }),
  ),
  created_at: z.string(),
  updated_at: z.string(),
});

const listedTools = async (sim: TestSimulator, id: number) => {
  const page = (await sim.api.get('/user/assistants/get?per_page=100')).body as {
    data: { id: number; tools: unknown }[];
  };
  return z
    .array(z.strictObject({ type: z.string(), data: z.record(z.string(), JsonValueSchema) }))
    .parse(page.data.find((assistant) => assistant.id === id)?.tools);
};

describe('tools: built-in tools on the assistant, custom HTTP tools under /user/tools', () => {
  it('lists the custom mid-call tools the demo assistants call, in the documented shape', async () => {
    const sim = await start();
    const answer = await sim.api.get('/user/tools');
    expect(answer.status).toBe(200);
    const tools = z.array(MidCallToolShape).parse(answer.body);
    expect(tools.map((tool) => tool.name)).toEqual(
      expect.arrayContaining(['check_calendar_availability', 'lookup_order', 'take_callback_request']),
    );
  });

  it('seeds only the documented built-in tool types on assistants', async () => {
    const sim = await start();
    for (const assistant of [CLARA, MAX]) {
      const tools = await listedTools(sim, assistant.id);
      expect(tools.length).toBeGreaterThan(0);
      for (const tool of tools) expect(BUILT_IN_TOOL_TYPES).toContain(tool.type);
    }
  });

  it('takes built-in tools in the flat write shape and lists them in the read shape', async () => {
    const sim = await start();
    const written = await sim.api.put(`/user/assistant/${MAX.id}`, {
      tools: [
        { type: 'end_call', description: 'End the chat when the customer says goodbye' },
        { type: 'call_transfer', phone_number: '+4930123456789', description: 'A human is asked for' },
      ],
    });
    expect(written.status).toBe(200);
    expect(await listedTools(sim, MAX.id)).toEqual([
      { type: 'end_call', data: { description: 'End the chat when the customer says goodbye' } },
      {
        type: 'call_transfer',
        data: { phone_number: '+4930123456789', description: 'A human is asked for' },
      },
    ]);
  });

  it('refuses the read shape, unknown types and missing required fields with 422 "Validation failed"', async () => {
    const sim = await start();
    const refused = await sim.api.put(`/user/assistant/${MAX.id}`, {
      tools: [
        { type: 'end_call', data: { description: 'read shape sent back' } },
        { type: 'function', description: 'no such built-in type' },
        { type: 'call_transfer', description: 'no phone number' },
      ],
    });
    expect(refused).toMatchObject({
      status: 422,
      body: {
        message: 'Validation failed',
        errors: {
          'tools.0.data': ['The tools.0.data field is prohibited.'],
          'tools.1.type': ['The selected tools.1.type is invalid.'],
          'tools.2.phone_number': ['The tools.2.phone number field is required.'],
        },
      },
    });
  });

  it("assigns custom tools with tool_ids, refusing ids that are not the account's", async () => {
    const sim = await start();
    const tools = z.array(MidCallToolShape).parse((await sim.api.get('/user/tools')).body);
    const ids = tools.map((tool) => tool.id);
    expect((await sim.api.put(`/user/assistant/${MAX.id}`, { tool_ids: ids })).status).toBe(200);
    expect((await sim.api.put(`/user/assistant/${MAX.id}`, { tool_ids: [] })).status).toBe(200);
    const refused = await sim.api.put(`/user/assistant/${MAX.id}`, { tool_ids: [999_999] });
    expect(refused).toMatchObject({
      status: 422,
      body: {
        message: 'Validation failed',
        errors: { 'tool_ids.0': ['The selected tool ids.0 is invalid.'] },
      },
    });
  });
});
