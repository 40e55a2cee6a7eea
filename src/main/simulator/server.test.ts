import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_API_KEY } from './index';
import { CLARA, startTestSimulator, type TestSimulator } from '../testing/simulatorTestKit';

let sim: TestSimulator;
beforeAll(async () => {
  sim = await startTestSimulator({ seedHistory: false });
});
afterAll(async () => {
  await sim.simulator.close();
});

const STANDARD_ENDPOINTS: [string, string][] = [
  ['POST', '/conversations'],
  ['POST', '/conversations/abc/messages'],
  ['GET', '/conversations/abc'],
  ['POST', '/user/ai/generate-reply'],
  ['GET', '/user/conversations'],
  ['GET', '/user/me'],
  ['GET', '/user/assistants/get'],
  ['PUT', '/user/assistant/101'],
];

describe('authentication', () => {
  it('serves on 127.0.0.1 under /api with the demo key by default', () => {
    expect(sim.simulator.apiKey).toBe(DEMO_API_KEY);
    expect(sim.simulator.baseUrl).toBe(`http://127.0.0.1:${sim.simulator.port}/api`);
  });

  it('answers the "Missing Authorization header" 401 on every endpoint without a key', async () => {
    for (const [method, path] of STANDARD_ENDPOINTS) {
      const answer = await sim.api.call(method, path, method === 'GET' ? undefined : {}, {
        Authorization: '',
      });
      expect(answer.status, `${method} ${path}`).toBe(401);
      expect(answer.body).toEqual({ error: 'Missing Authorization header', message: expect.any(String) });
    }
  });

  it('answers the "Invalid API key" 401 on every endpoint for a wrong key or scheme', async () => {
    for (const [method, path] of STANDARD_ENDPOINTS) {
      for (const authorization of ['Bearer wrong-key', `Basic ${DEMO_API_KEY}`, `Bearer ${DEMO_API_KEY}x`]) {
        const answer = await sim.api.call(method, path, method === 'GET' ? undefined : {}, {
          Authorization: authorization,
        });
        expect(answer.status, `${method} ${path}`).toBe(401);
        expect(answer.body).toEqual({
          error: 'Invalid API key',
          message: 'The provided API key is invalid or expired',
        });
      }
    }
  });

  it('accepts a configured key instead of the demo key', async () => {
    const custom = await startTestSimulator({ seedHistory: false, apiKey: 'sk-live-custom' });
    try {
      expect((await custom.api.get('/user/me')).status).toBe(200);
      const demo = await custom.api.call('GET', '/user/me', undefined, {
        Authorization: `Bearer ${DEMO_API_KEY}`,
      });
      expect(demo.status).toBe(401);
    } finally {
      await custom.simulator.close();
    }
  });
});

describe('routing', () => {
  it('answers unknown routes with a JSON 404 and wrong methods with a JSON 405', async () => {
    const unknown = await sim.api.get('/user/unknown');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ message: 'The route api/user/unknown could not be found.' });
    expect((await sim.api.get('/../conversations')).status).toBe(404);
    const wrongMethod = await sim.api.call('DELETE', `/conversations/${CLARA.uuid}`);
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.body).toEqual({
      message: `The DELETE method is not supported for route api/conversations/${CLARA.uuid}. Supported methods: GET.`,
    });
  });

  it('treats a body that is not JSON like an empty one', async () => {
    const response = await fetch(`${sim.simulator.baseUrl}/conversations`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${DEMO_API_KEY}`, 'Content-Type': 'application/json' },
      body: '{not json',
    });
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ status: false, error: 'assistant_id is required' });
    expect(response.headers.get('content-type')).toBe('application/json');
  });
});
