import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MAX,
  listPageShape,
  shapes,
  startTestSimulator,
  type TestSimulator,
} from '../../testing/simulatorTestKit';

let sim: TestSimulator;
beforeAll(async () => {
  // These tests walk many pages under a frozen clock, more than the account's 20 per 10 s (accountLimit.test.ts).
  sim = await startTestSimulator({ accountRateLimit: false });
});
afterAll(async () => {
  await sim.simulator.close();
});

const page = async (query: string) => {
  const answer = await sim.api.get(`/user/conversations${query}`);
  expect(answer.status).toBe(200);
  return listPageShape.parse(answer.body);
};

/** Follows next_cursor to the end, then prev_cursor back to the start, returning the ids page by page. */
const walk = async (query: string) => {
  const forward: string[][] = [];
  let current = await page(query);
  expect(current.prev_cursor).toBeNull();
  forward.push(current.data.map((item) => item.id));
  while (current.next_cursor) {
    current = await page(`${query}&cursor=${encodeURIComponent(current.next_cursor)}`);
    forward.push(current.data.map((item) => item.id));
  }
  const backward: string[][] = [current.data.map((item) => item.id)];
  while (current.prev_cursor) {
    current = await page(`${query}&cursor=${encodeURIComponent(current.prev_cursor)}`);
    backward.unshift(current.data.map((item) => item.id));
  }
  return { forward, backward };
};

describe('GET /user/conversations over the seeded history', () => {
  it('lists 40 seeded threads of all four types, newest first, in the documented shape', async () => {
    const all = await page('?per_page=100');
    expect(all.data).toHaveLength(40);
    expect(all.per_page).toBe(100);
    expect(all.path).toBe(`${sim.simulator.baseUrl}/user/conversations`);
    expect(all).toMatchObject({ next_cursor: null, prev_cursor: null });
    expect(new Set(all.data.map((item) => item.type))).toEqual(
      new Set(['test', 'widget', 'whatsapp', 'api']),
    );
    const created = all.data.map((item) => item.created_at);
    expect([...created].sort().reverse()).toEqual(created);
    for (const item of all.data) {
      expect(item.assistant_id).toMatch(/^[0-9a-f-]{36}$/);
      if (item.type === 'whatsapp') {
        expect(item.whatsapp_sender?.phone).toMatch(/^\+\d+$/);
        expect(item.customer?.name).toEqual(expect.any(String));
      }
      if (item.type === 'api') expect(item.external_identifier).toEqual(expect.any(String));
      if (item.type === 'test') expect(item.total_cost).toBe(0);
      else expect(item.total_cost).toBeGreaterThan(0);
    }
    expect(all.data.some((item) => !item.ai_enabled)).toBe(true);
  });

  it('pages forward with next_cursor and back with prev_cursor over the same pages (default 15)', async () => {
    expect((await page('')).per_page).toBe(15);
    const { forward, backward } = await walk('?per_page=7');
    expect(forward.map((ids) => ids.length)).toEqual([7, 7, 7, 7, 7, 5]);
    expect(backward).toEqual(forward);
    const everything = (await page('?per_page=100')).data.map((item) => item.id);
    expect(forward.flat()).toEqual(everything);
  });

  it('filters by type, integer assistant id and channel fields, and pages within a filter', async () => {
    const whatsapp = await page('?type=whatsapp&per_page=100');
    expect(whatsapp.data.length).toBeGreaterThan(5);
    expect(whatsapp.data.every((item) => item.type === 'whatsapp')).toBe(true);
    const filtered = await walk('?type=whatsapp&per_page=3');
    expect(filtered.forward.flat()).toEqual(whatsapp.data.map((item) => item.id));
    expect(filtered.backward).toEqual(filtered.forward);

    const max = await page(`?assistant_id=${MAX.id}&per_page=100`);
    expect(max.data.length).toBeGreaterThan(0);
    expect(max.data.every((item) => item.assistant_id === MAX.uuid && item.assistant_name === 'Max')).toBe(
      true,
    );

    const sample = whatsapp.data[0];
    const byCustomer = await page(
      `?customer_phone=${encodeURIComponent(sample?.customer?.phone ?? '')}&per_page=100`,
    );
    expect(byCustomer.data.map((item) => item.id)).toContain(sample?.id);
    expect(byCustomer.data.every((item) => item.customer?.phone === sample?.customer?.phone)).toBe(true);
    const bySender = await page(
      `?whatsapp_sender_phone=${encodeURIComponent('+4940123456102')}&per_page=100`,
    );
    expect(bySender.data.length).toBeGreaterThan(0);
    expect(bySender.data.every((item) => item.whatsapp_sender?.phone === '+4940123456102')).toBe(true);

    const api = await page('?external_identifier=crm-000417');
    expect(api.data).toHaveLength(1);
    expect(api.data[0]).toMatchObject({
      type: 'api',
      message_count: 2000,
      external_identifier: 'crm-000417',
    });
    expect((await page('?assistant_id=999')).data).toEqual([]);
  });

  it('answers Laravel 422s for invalid parameters', async () => {
    const cases: [string, string, string][] = [
      ['?per_page=0', 'per_page', 'The per page field must be between 1 and 100.'],
      ['?per_page=101', 'per_page', 'The per page field must be between 1 and 100.'],
      ['?per_page=ten', 'per_page', 'The per page field must be an integer.'],
      ['?type=email', 'type', 'The selected type is invalid.'],
      ['?assistant_id=abc', 'assistant_id', 'The assistant id field must be an integer.'],
      ['?cursor=garbage', 'cursor', 'The cursor is invalid.'],
    ];
    for (const [query, field, message] of cases) {
      const answer = await sim.api.get(`/user/conversations${query}`);
      expect(answer.status).toBe(422);
      expect(shapes.laravelValidation.parse(answer.body)).toEqual({
        message,
        errors: { [field]: [message] },
      });
    }
  });

  it('serves the 10,000-message WhatsApp thread in full, with function calls in it', async () => {
    const [long] = (await page('?type=whatsapp&per_page=100')).data.filter(
      (item) => item.message_count === 10_000,
    );
    expect(long).toMatchObject({
      total_cost: 50,
      whatsapp_sender: { name: 'Nordwind Outdoor', phone: '+4940123456102' },
    });
    const detail = shapes.detail.parse((await sim.api.get(`/conversations/${long?.id ?? ''}`)).body);
    expect(detail.history).toHaveLength(10_000);
    expect(detail.history[0]?.role).toBe('user');
    expect(detail.history.some((entry) => entry.function_calls?.[0]?.name === 'lookup_order')).toBe(true);
    expect(detail.customer).toEqual(long?.customer);
  });

  it('serves the 2,000-message api thread and lets generate-reply continue it', async () => {
    const [long] = (await page('?external_identifier=crm-000417')).data;
    const reply = await sim.api.post('/user/ai/generate-reply', {
      assistant_id: 103,
      customer_identifier: 'crm-000417',
      message: 'Danke',
    });
    expect(shapes.generated.parse(reply.body).conversation_id).toBe(long?.id);
    const detail = shapes.detail.parse((await sim.api.get(`/conversations/${long?.id ?? ''}`)).body);
    expect(detail.history).toHaveLength(2002);
    expect(detail.history.at(-1)?.content).toBe(
      'Sehr gern! Einen schönen Tag noch von Weber & Partner Steuerberatung.',
    );
  });

  it('seeds function calls of every demo flow into the short threads', async () => {
    const threads = (await page('?per_page=100')).data.filter((item) => item.message_count < 100);
    const names = new Set<string>();
    for (const thread of threads) {
      const detail = shapes.detail.parse((await sim.api.get(`/conversations/${thread.id}`)).body);
      for (const entry of detail.history) for (const call of entry.function_calls ?? []) names.add(call.name);
      if (thread.type === 'test' || thread.type === 'widget')
        expect(detail.history[0]?.role).toBe('assistant');
    }
    expect(names).toEqual(
      new Set([
        'check_calendar_availability',
        'book_appointment',
        'lookup_order',
        'transfer_to_human',
        'take_callback_request',
      ]),
    );
  });
});

describe('seeding', () => {
  it('is deterministic for the same clock and starts fast', async () => {
    const startedAt = performance.now();
    const other = await startTestSimulator({ accountRateLimit: false });
    const elapsed = performance.now() - startedAt;
    try {
      const ours = (await page('?per_page=100')).data.map((item) => item.id);
      const theirs = listPageShape.parse((await other.api.get('/user/conversations?per_page=100')).body);
      expect(theirs.data.map((item) => item.id)).toEqual(ours);
      expect(elapsed).toBeLessThan(300);
    } finally {
      await other.simulator.close();
    }
  });

  it('can start without history', async () => {
    const empty = await startTestSimulator({ seedHistory: false });
    try {
      expect(listPageShape.parse((await empty.api.get('/user/conversations')).body).data).toEqual([]);
    } finally {
      await empty.simulator.close();
    }
  });
});
