import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { deliver, drawFault } from './faults';
import { json } from './http';
import { MAX, simulatorsClosedAfterEach } from '../testing/simulatorTestKit';

/** A random source that plays back the given numbers, so a test decides exactly which request fails how. */
const scripted = (...values: number[]) => {
  const queue = [...values];
  return () => {
    const next = queue.shift();
    if (next === undefined) throw new Error('The scripted random source ran out.');
    return next;
  };
};

const start = simulatorsClosedAfterEach();

describe('drawFault', () => {
  it('never draws with a fail rate of 0', () => {
    const random = () => {
      throw new Error('must not be called');
    };
    expect(drawFault({ failRate: 0, faults: ['500', 'drop', 'slow'], random })).toBeNull();
  });

  it('draws a fault below the rate and picks it from the configured list', () => {
    const plan = {
      failRate: 0.2,
      faults: ['500', 'drop', 'slow'] as const,
      random: scripted(0.19, 0.5, 0.2, 0.05, 0.99),
    };
    expect(drawFault(plan)).toBe('drop');
    expect(drawFault(plan)).toBeNull();
    expect(drawFault(plan)).toBe('slow');
  });
});

describe('faults on the running simulator', () => {
  it("'500' answers Laravel's server error body without processing the request", async () => {
    const running = await start({ failRate: 1, faults: ['500'] });
    for (let call = 0; call < 3; call += 1) {
      const answer = await running.api.get('/user/me');
      expect(answer.status).toBe(500);
      expect(answer.body).toEqual({ message: 'Server Error' });
    }
  });

  it("'drop' processes the request, then kills the connection mid-response", async () => {
    // First request: fault drawn (0.1 < 0.5) and kind 0 = drop; second request: no fault (0.9).
    const running = await start({
      failRate: 0.5,
      faults: ['drop'],
      random: scripted(0.1, 0, 0.9),
    });
    const body = { assistant_id: MAX.id, customer_identifier: 'dropped', message: 'Hi' };
    await expect(running.api.post('/user/ai/generate-reply', body)).rejects.toThrow();
    const list = await running.api.get('/user/conversations?type=api');
    expect((list.body as { data: unknown[] }).data).toHaveLength(1);
  });

  it("'slow' sends the headers and then only part of the body", async () => {
    const running = await start({ failRate: 1, faults: ['slow'] });
    const response = await fetch(`${running.simulator.baseUrl}/user/assistants/get`, {
      headers: { Authorization: `Bearer ${running.simulator.apiKey}` },
    });
    expect(response.status).toBe(200);
    const total = Number(response.headers.get('content-length'));
    const reader = response.body?.getReader();
    const first = await reader?.read();
    expect(first?.value?.length).toBeGreaterThan(0);
    expect(first?.value?.length).toBeLessThan(total);
    await reader?.cancel();
  });

  it('adds the configured latency to every request', async () => {
    const running = await start({ latencyMs: 120 });
    const startedAt = performance.now();
    await running.api.get('/user/me');
    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(115);
  });
});

describe('a slow body', () => {
  it('arrives complete and intact in several pieces', async () => {
    const payload = { items: Array.from({ length: 50 }, (_, index) => ({ index, text: 'trickle' })) };
    const server = createServer((_request, response) =>
      deliver(response, json(200, payload), 'slow', { chunks: 4, intervalMs: 5 }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/`);
      const reader = response.body?.getReader();
      let pieces = 0;
      let text = '';
      const decoder = new TextDecoder();
      for (let read = await reader?.read(); read && !read.done; read = await reader?.read()) {
        pieces += 1;
        text += decoder.decode(read.value, { stream: true });
      }
      expect(pieces).toBeGreaterThanOrEqual(2);
      expect(JSON.parse(text)).toEqual(payload);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
