import { describe, expect, it } from 'vitest';
import { DEMO_API_KEY, DEMO_AUTOMATE_KEY, startSimulator } from '../index';
import { MAX, shapes, simulatorsClosedAfterEach } from '../../testing/simulatorTestKit';

const start = simulatorsClosedAfterEach();

const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });

describe('the takeover routes take the Automate API key (auth.ts cites the docs)', () => {
  it('gives the simulated account an Automate key of its own, distinct from its API key', async () => {
    const sim = await start();
    expect(sim.simulator.automateKey).toBe(DEMO_AUTOMATE_KEY);
    expect(sim.simulator.automateKey).not.toBe(sim.simulator.apiKey);
    await expect(startSimulator({ apiKey: 'same-key-x', automateKey: 'same-key-x' })).rejects.toThrow(
      /must differ/,
    );
  });

  it('switches with the Automate key, and refuses the ordinary API key with the plain 401 by default', async () => {
    const sim = await start();
    const { conversation_id: id } = shapes.created.parse(
      (await sim.api.post('/conversations', { assistant_id: MAX.uuid, type: 'test' })).body,
    );
    const path = `/automate/conversations/${id}/disable-ai`;
    const withApiKey = await sim.api.call('POST', path, {}, bearer(DEMO_API_KEY));
    expect(withApiKey).toMatchObject({ status: 401, body: { error: 'Unauthorized' } });
    const withAutomateKey = await sim.api.call('POST', path, {}, bearer(DEMO_AUTOMATE_KEY));
    expect(withAutomateKey).toMatchObject({ status: 200, body: { status: true, ai_enabled: false } });
  });

  it('takes the API key there too when asked to (as Famulor’s own MCP server assumes)', async () => {
    const sim = await start({ takeoverAcceptsApiKey: true });
    const { conversation_id: id } = shapes.created.parse(
      (await sim.api.post('/conversations', { assistant_id: MAX.uuid, type: 'test' })).body,
    );
    for (const key of [DEMO_API_KEY, DEMO_AUTOMATE_KEY]) {
      const answer = await sim.api.call('POST', `/automate/conversations/${id}/enable-ai`, {}, bearer(key));
      expect(answer, key).toMatchObject({ status: 200, body: { status: true, ai_enabled: true } });
    }
  });

  it('answers 404 for an unknown conversation only to a caller with the Automate key', async () => {
    const sim = await start();
    const missing = await sim.api.automate('/automate/conversations/unknown/enable-ai');
    expect(missing).toMatchObject({ status: 404, body: { status: false, error: 'Conversation not found' } });
  });

  it('does not take the Automate key on the other endpoints, which document the API key only', async () => {
    const sim = await start({ takeoverAcceptsApiKey: true });
    const me = await sim.api.call('GET', '/user/me', undefined, bearer(DEMO_AUTOMATE_KEY));
    expect(me.status).toBe(401);
  });
});
