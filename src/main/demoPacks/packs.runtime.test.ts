import { afterEach, describe, expect, it } from 'vitest';
import { NO_RECORDED_ANSWER_MARK } from '../../shared/domain/noRecordedAnswer';
import { autohausPackText, LENA } from '../testing/demoPackKit';
import { callChannel, dataOf } from '../testing/dispatchTestKit';
import { createRuntimeKit } from '../testing/runtimeTestKit';

// The packs channels end to end in main: what is imported is served by the Offline demo's simulator at once,
// whether it was running already or starts after, and a pack switched off is gone from its assistants.
const kit = createRuntimeKit();
afterEach(() => kit.cleanUp());

const listedUuids = async (runtime: Awaited<ReturnType<typeof kit.boot>>) =>
  dataOf(await callChannel(runtime.dispatcher, 'assistants:list', { perPage: 100 })).assistants.map(
    (assistant) => assistant.uuid,
  );

describe('demo packs in the Offline demo', () => {
  it('serves an imported pack in the running simulator, answers from it, and drops it when switched off', async () => {
    const runtime = await kit.boot(kit.newDir());
    const { dispatcher } = runtime;
    expect(await listedUuids(runtime)).not.toContain(LENA.uuid);
    dataOf(await callChannel(dispatcher, 'packs:import', { text: autohausPackText(), replace: false }));
    expect(await listedUuids(runtime)).toContain(LENA.uuid);

    const { conversationId } = dataOf(
      await callChannel(dispatcher, 'conversation:create', { assistantUuid: LENA.uuid, type: 'test' }),
    );
    const send = async (message: string, userMessagesBefore: number) =>
      dataOf(
        await callChannel(dispatcher, 'conversation:send', { conversationId, message, userMessagesBefore }),
      );
    expect((await send('Ich hätte gern einen Inspektionstermin', 0)).message).toBe(
      'Gern! Für welches Fahrzeug, und welcher Tag passt Ihnen?',
    );
    expect((await send('Was kostet ein Ölwechsel?', 1)).message.startsWith(NO_RECORDED_ANSWER_MARK)).toBe(
      true,
    );

    dataOf(await callChannel(dispatcher, 'packs:setEnabled', { id: 'autohaus-becker', enabled: false }));
    expect(await listedUuids(runtime)).not.toContain(LENA.uuid);
  });

  it('serves the imported packs when the simulator starts after a restart', async () => {
    const dir = kit.newDir();
    const first = await kit.boot(dir);
    dataOf(await callChannel(first.dispatcher, 'packs:import', { text: autohausPackText(), replace: false }));
    await kit.close(first);
    const again = await kit.boot(dir);
    expect(await listedUuids(again)).toContain(LENA.uuid);
  });
});
