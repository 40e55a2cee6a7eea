import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator, type SimulatorOptions } from '../simulator/index';
import { clientFor, errorOf, UNKNOWN_UUID } from '../testing/clientOnSimulatorTestKit';

/** Which key takeover sends, and what its 401 says about it: against the simulator, both of its answers. */

const running: RunningSimulator[] = [];
const start = async (options: SimulatorOptions = {}) => {
  const simulator = await startSimulator({ seedHistory: false, ...options });
  running.push(simulator);
  return simulator;
};
afterEach(async () => {
  await Promise.all(running.splice(0).map((simulator) => simulator.close()));
});

const newConversation = async (simulator: RunningSimulator) => {
  const { client } = clientFor(simulator);
  const [assistant] = (await client.listAssistants({ page: 1, perPage: 1 })).assistants;
  if (!assistant?.uuid) throw new Error('the simulator has no assistant');
  return (await client.createConversation({ assistantUuid: assistant.uuid, type: 'test' })).conversationId;
};

describe('takeover and the Automate key', () => {
  it('sends the Automate key where the profile has one, and the API key everywhere else', async () => {
    const simulator = await start();
    const conversationId = await newConversation(simulator);
    const sent: string[] = [];
    const { client } = clientFor(simulator, {
      fetch: async (input, init) => {
        sent.push(new Headers(init?.headers).get('authorization') ?? '');
        return fetch(input, init);
      },
    });
    expect(await client.disableAi({ conversationId })).toEqual({ aiEnabled: false });
    expect(await client.enableAi({ conversationId })).toEqual({ aiEnabled: true });
    await client.getAccount();
    expect(sent).toEqual([
      `Bearer ${simulator.automateKey}`,
      `Bearer ${simulator.automateKey}`,
      `Bearer ${simulator.apiKey}`,
    ]);
  });

  it('falls back to the API key without an Automate key: the 401 says the API key was tried', async () => {
    const simulator = await start();
    const conversationId = await newConversation(simulator);
    const { client } = clientFor(simulator, { getAutomateKey: async () => null });
    expect(await errorOf(client.disableAi({ conversationId }))).toMatchObject({
      code: 'unauthorized',
      status: 401,
      keyKind: 'api',
    });
  });

  it('switches with the API key alone where the account takes it there', async () => {
    const simulator = await start({ takeoverAcceptsApiKey: true });
    const conversationId = await newConversation(simulator);
    const { client } = clientFor(simulator, { getAutomateKey: async () => null });
    expect(await client.disableAi({ conversationId })).toEqual({ aiEnabled: false });
  });

  it('names the Automate key when that is the one refused, and never repeats it', async () => {
    const simulator = await start({ takeoverAcceptsApiKey: true });
    const conversationId = await newConversation(simulator);
    const wrongAutomateKey = 'wrong-automate-key-123456';
    const { client, recorder } = clientFor(simulator, { getAutomateKey: async () => wrongAutomateKey });
    const error = await errorOf(client.enableAi({ conversationId }));
    expect(error).toMatchObject({ code: 'unauthorized', status: 401, keyKind: 'automate' });
    expect(JSON.stringify(error)).not.toContain(wrongAutomateKey);
    expect(JSON.stringify(recorder.list())).not.toContain(wrongAutomateKey);
  });

  it('keeps keyKind to 401s: an unknown conversation is a plain not_found', async () => {
    const simulator = await start();
    const { client } = clientFor(simulator);
    const error = await errorOf(client.disableAi({ conversationId: UNKNOWN_UUID }));
    expect(error).toMatchObject({ code: 'not_found', status: 404 });
    expect(error.keyKind).toBeUndefined();
  });
});
