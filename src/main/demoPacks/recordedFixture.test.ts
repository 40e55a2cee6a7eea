import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { callChannel, dataOf } from '../testing/dispatchTestKit';
import { activateRemoteProfile, createRuntimeKit } from '../testing/runtimeTestKit';
import { createClock, MAX } from '../testing/simulatorTestKit';
import { readDemoPack } from '../simulator/packSchema';
import { indexRecorded, matchRecorded } from '../simulator/recordedTurns';

// The e2e journey's pack is recorded here, from the simulator as the "real" account: this test records it again and
// finds the file unchanged (UPDATE_FIXTURES=1 writes it), so the fixture is what the recorder makes, not a hand-written
// imitation of it.
const FIXTURE = fileURLToPath(new URL('../../../e2e/fixtures/max-recorded.demo-pack.json', import.meta.url));
const kit = createRuntimeKit();
afterEach(() => kit.cleanUp());

const CONVERSATION = [
  'Where is my order NW-52210?',
  "I'd like to return the tent",
  'What are your support hours?',
  'Can I talk to a real person please?',
];

const record = async (): Promise<string> => {
  const real = await kit.simulator({ seedHistory: false, accountRateLimit: false, now: createClock().now });
  const runtime = await kit.boot(kit.newDir());
  const { dispatcher } = runtime;
  dataOf(await callChannel(dispatcher, 'packs:setEnabled', { id: 'max', enabled: false }));
  await activateRemoteProfile(runtime, real);
  const { conversationId } = dataOf(
    await callChannel(dispatcher, 'conversation:create', { assistantUuid: MAX.uuid, type: 'test' }),
  );
  for (const [index, message] of CONVERSATION.entries())
    dataOf(
      await callChannel(dispatcher, 'conversation:send', {
        conversationId,
        message,
        userMessagesBefore: index,
      }),
    );
  dataOf(
    await callChannel(dispatcher, 'packs:record', {
      id: 'nordwind-recorded',
      name: 'Nordwind Outdoor — recorded support',
      description: 'Max, recorded from the simulator standing in for a real account.',
      assistantUuids: [MAX.uuid],
      sessions: [],
      threads: [{ conversationId, assistantUuid: MAX.uuid }],
      scripts: [],
      redaction: { phones: true, emails: true, secretVariables: [] },
      replace: false,
    }),
  );
  return dataOf(await callChannel(dispatcher, 'packs:export', { id: 'nordwind-recorded' })).text;
};

describe('the recorded fixture pack', () => {
  it('is what recording the simulator makes', async () => {
    const text = await record();
    if (process.env.UPDATE_FIXTURES === '1') writeFileSync(FIXTURE, text);
    expect(text).toBe(readFileSync(FIXTURE, 'utf8'));
  });

  it('answers the journey’s paraphrases with their recorded turns, and nothing for an unrelated question', () => {
    const reading = readDemoPack(JSON.parse(readFileSync(FIXTURE, 'utf8')) as unknown);
    if (reading.kind !== 'pack') throw new Error(reading.kind);
    const index = indexRecorded(reading.pack.assistants[0]?.conversations ?? []);
    const turnFor = (message: string) => matchRecorded(index, message, null)?.position.turn ?? null;
    expect(turnFor('Has my order NW-52210 shipped yet?')).toBe(0);
    expect(turnFor('When are your support hours?')).toBe(2);
    expect(turnFor('What is the weather in Hamburg?')).toBeNull();
  });
});
