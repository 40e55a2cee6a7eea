import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { send, startTestHost, type TestHost } from '../testing/hostTestKit';

describe('text that is not well-formed Unicode', () => {
  let t: TestHost;
  beforeEach(async () => {
    t = await startTestHost();
  });
  afterEach(async () => t.close());

  const post = (channel: string, body: string) =>
    send(t.host.port, `/api/${channel}`, { method: 'POST', headers: t.callHeaders, body });

  it('is refused as invalid input before any handler sees it, in values and in keys', async () => {
    for (const [channel, body] of [
      ['conversation:get', '{"input":{"conversationId":"abc\\ud800"}}'],
      ['conversation:send', '{"input":{"conversationId":"c1","message":"hi \\udc00 there"}}'],
      ['sessions:create', '{"input":{"name":"\\ud83d"}}'],
      ['conversation:create', '{"input":{"assistantUuid":"u","type":"test","variables":{"\\ud800":"x"}}}'],
    ] as const) {
      const answer = await post(channel, body);
      expect(answer.status, channel).toBe(200);
      expect(JSON.parse(answer.body), channel).toMatchObject({ ok: false, error: { code: 'validation' } });
    }
    expect(t.handlerErrors).toEqual([]);
  });

  it('lets a surrogate pair (an emoji) through', async () => {
    const answer = await post('sessions:create', '{"input":{"name":"Test \\ud83d\\ude00"}}');
    expect(JSON.parse(answer.body)).toMatchObject({ ok: true, data: { name: 'Test 😀' } });
  });
});
