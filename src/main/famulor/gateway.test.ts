import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Profile } from '../../shared/domain/profile';
import type { AppError } from '../../shared/result';
import { startSimulator } from '../simulator';
import { UNKNOWN_UUID } from '../testing/clientOnSimulatorTestKit';
import { createFamulorGateway, type FamulorGateway } from './gateway';

const OFFLINE: Profile = {
  id: 'offline',
  name: 'Offline demo',
  baseUrl: 'https://app.famulor.de/api',
  generateReplyPath: '/user/ai/generate-reply',
  kind: 'simulator',
};

/** A port nothing listens on: taken, then given back. */
const closedPort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 1));
    });
  });

describe('what the gateway says about a profile’s connection after each call', () => {
  let gateway: FamulorGateway | null = null;
  afterEach(async () => {
    await gateway?.close();
    gateway = null;
  });

  const gatewayWith = (profiles: Profile[], seen: [string, AppError | null][]) => {
    gateway = createFamulorGateway({
      activeProfile: async () => profiles[0] ?? OFFLINE,
      profileById: async (id) => profiles.find((profile) => profile.id === id) ?? OFFLINE,
      getApiKey: async () => 'fk_test_0123456789abcdef',
      getAutomateKey: async () => null,
      startSimulator: () => startSimulator({ seedHistory: false }),
      onConnection: (profileId, error) => seen.push([profileId, error]),
    });
    return gateway;
  };

  it('reports a refused connection as down, and a Famulor refusal of one request as up', async () => {
    const remote: Profile = {
      ...OFFLINE,
      id: 'remote',
      name: 'Gone',
      baseUrl: `http://127.0.0.1:${await closedPort()}/api`,
      kind: 'remote',
    };
    const seen: [string, AppError | null][] = [];
    const famulor = gatewayWith([remote, OFFLINE], seen);

    await expect((await famulor.forProfile('remote')).getAccount()).rejects.toThrow();
    expect(seen).toEqual([['remote', expect.objectContaining({ code: 'network' })]]);

    seen.length = 0;
    await (await famulor.forProfile('offline')).getAccount();
    await expect(
      (await famulor.forProfile('offline')).getConversation({ conversationId: UNKNOWN_UUID }),
    ).rejects.toThrow();
    expect(seen).toEqual([
      ['offline', null],
      ['offline', null],
    ]);
  });
});
