import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_GENERATE_REPLY_PATH, ProfileInputSchema } from '../../shared/domain/profile';
import { famulorChannels } from '../../shared/ipc/channels/famulor';
import { startSimulator, type RunningSimulator } from '../simulator/index';
import { DEFAULT_CONNECTION } from './client';
import {
  clientFor,
  errorOf,
  firstAssistant,
  nextMinute,
  simulatorNow,
} from '../testing/clientOnSimulatorTestKit';

const EMOJI_2000 = '😀'.repeat(2000);

let simulator: RunningSimulator;
beforeAll(async () => {
  simulator = await startSimulator({ now: simulatorNow, seedHistory: false });
});
afterAll(async () => simulator.close());

describe('the client speaks what Famulor documents today (issue 13)', () => {
  it('defaults to POST /user/ai/generate-reply, for new profiles and the client alike', () => {
    expect(DEFAULT_GENERATE_REPLY_PATH).toBe('/user/ai/generate-reply');
    expect(DEFAULT_CONNECTION.generateReplyPath).toBe('/user/ai/generate-reply');
    expect(ProfileInputSchema.parse({ name: 'Production' }).generateReplyPath).toBe(
      '/user/ai/generate-reply',
    );
  });

  it('says the generate-reply path is gone, not the base URL, when the removed path answers 404', async () => {
    nextMinute();
    const { client } = clientFor(simulator, {
      connection: { baseUrl: simulator.baseUrl, generateReplyPath: '/ai/generate-reply' },
    });
    const assistant = await firstAssistant(client);
    const error = await errorOf(
      client.generateReply({ assistantId: assistant.id, customerIdentifier: 'crm-1', message: 'Hi' }),
    );
    expect(error).toMatchObject({ code: 'not_found', status: 404 });
    expect(error).toMatchObject({
      reason: 'generate_reply_path_not_found',
      params: { path: '/ai/generate-reply', documentedPath: '/user/ai/generate-reply' },
    });
  });

  it('lets through what Famulor accepts: 2,000 emoji on send-message, any length on generate-reply', () => {
    const send = famulorChannels['conversation:send'].input;
    expect(
      send.safeParse({ conversationId: 'c-1', message: EMOJI_2000, userMessagesBefore: 0 }).success,
    ).toBe(true);
    expect(
      send.safeParse({ conversationId: 'c-1', message: `${EMOJI_2000}😀`, userMessagesBefore: 0 }).success,
    ).toBe(false);
    const generate = famulorChannels['conversation:generateReply'].input;
    expect(
      generate.safeParse({ assistantId: 1, customerIdentifier: 'crm-1', message: 'x'.repeat(5000) }).success,
    ).toBe(true);
  });
});
