import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callChannel as call, dataOf as data } from './testing/dispatchTestKit';
import type { MainRuntime } from './runtime';
import { createRuntimeKit } from './testing/runtimeTestKit';

// Opening a thread through main as the renderer does, on the Offline demo's seeded 10,000-message thread: the
// latest entries at once, the earlier ones of the same answer once, and together exactly what a refresh gets.
const kit = createRuntimeKit();
let runtime: MainRuntime;

beforeAll(async () => {
  runtime = await kit.boot(kit.newDir('thread-open-'));
});
afterAll(() => kit.cleanUp());

const longThreadId = async () => {
  const page = data(
    await call(runtime.dispatcher, 'conversation:list', { customerPhone: '+4917612340987', perPage: 50 }),
  );
  const long = page.conversations.find((row) => row.messageCount >= 10_000);
  if (!long) throw new Error('the demo has no 10,000-message thread');
  return long.id;
};

describe('opening a thread through main', () => {
  it('answers the latest entries, then the held earlier ones once, which together are the whole history', async () => {
    const { dispatcher } = runtime;
    const conversationId = await longThreadId();
    const opened = data(await call(dispatcher, 'conversation:open', { conversationId, latest: 100 }));
    expect(opened.detail.history).toHaveLength(100);
    const earlier = opened.earlier;
    if (!earlier) throw new Error('a 10,000-message thread opened whole');
    const rest = data(await call(dispatcher, 'conversation:earlier', { hold: earlier.hold }));
    expect(rest).toHaveLength(earlier.count);
    const whole = data(await call(dispatcher, 'conversation:get', { conversationId }));
    expect([...rest, ...opened.detail.history]).toEqual(whole.history);
    expect({ ...opened.detail, history: whole.history }).toEqual(whole);

    const again = await call(dispatcher, 'conversation:earlier', { hold: earlier.hold });
    expect(again.ok ? null : again.error).toMatchObject({ code: 'not_found', reason: 'history_hold_gone' });
  });

  it('holds nothing back for a thread shorter than what was asked for', async () => {
    const [short] = data(await call(runtime.dispatcher, 'conversation:list', { perPage: 1 })).conversations;
    if (!short) throw new Error('the demo has no seeded thread');
    const opened = data(
      await call(runtime.dispatcher, 'conversation:open', { conversationId: short.id, latest: 1000 }),
    );
    expect(opened.earlier).toBeNull();
    expect(opened.detail.history).toHaveLength(short.messageCount);
  });
});
