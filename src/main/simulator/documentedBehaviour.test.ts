import { describe, expect, it } from 'vitest';
import { CLARA, MAX, shapes, simulatorsClosedAfterEach } from '../testing/simulatorTestKit';

const start = simulatorsClosedAfterEach();

/** 2,000 emoji: 2,000 characters for Famulor, 4,000 UTF-16 units for `.length`. */
const EMOJI_2000 = '😀'.repeat(2000);

describe('what Famulor documents today (issue 13)', () => {
  it('answers generate-reply on /user/ai/generate-reply and the removed /ai/generate-reply only behind a flag', async () => {
    const body = { assistant_id: MAX.id, customer_identifier: '+4915112345670', message: 'Hi' };
    const sim = await start();
    expect((await sim.api.post('/user/ai/generate-reply', body)).status).toBe(200);
    const removed = await sim.api.post('/ai/generate-reply', body);
    expect(removed).toMatchObject({
      status: 404,
      body: { message: 'The route api/ai/generate-reply could not be found.' },
    });
    const legacy = await start({ legacyGenerateReplyPath: true });
    expect((await legacy.api.post('/ai/generate-reply', body)).status).toBe(200);
  });

  it('sets no external_identifier on generate-reply threads, which Famulor does not document', async () => {
    const sim = await start();
    const answer = await sim.api.post('/user/ai/generate-reply', {
      assistant_id: MAX.id,
      customer_identifier: 'crm-000999',
      message: 'Hi',
    });
    const { conversation_id: id } = shapes.generated.parse(answer.body);
    const detail = shapes.detail.parse((await sim.api.get(`/conversations/${id}`)).body);
    expect(detail.external_identifier).toBeUndefined();
  });

  it('has no length limit on generate-reply messages: the 2,000 belong to send-message', async () => {
    const sim = await start();
    const answer = await sim.api.post('/user/ai/generate-reply', {
      assistant_id: MAX.id,
      customer_identifier: 'long-message',
      message: 'x'.repeat(5000),
    });
    expect(answer.status).toBe(200);
  });

  it('counts send-message characters in code points: 2,000 emoji pass, 2,001 do not', async () => {
    const sim = await start();
    const created = await sim.api.post('/conversations', { assistant_id: CLARA.uuid, type: 'test' });
    const { conversation_id: id } = shapes.created.parse(created.body);
    expect((await sim.api.post(`/conversations/${id}/messages`, { message: EMOJI_2000 })).status).toBe(200);
    expect((await sim.api.post(`/conversations/${id}/messages`, { message: `${EMOJI_2000}😀` })).status).toBe(
      422,
    );
  });

  it('refuses an initial_message over 200 characters with the documented "Validation failed" 422', async () => {
    const sim = await start();
    const refused = await sim.api.put(`/user/assistant/${CLARA.id}`, { initial_message: 'a'.repeat(201) });
    expect(refused).toMatchObject({
      status: 422,
      body: {
        message: 'Validation failed',
        errors: { initial_message: ['The initial message field must not be greater than 200 characters.'] },
      },
    });
    const emoji = '😀'.repeat(200);
    expect((await sim.api.put(`/user/assistant/${CLARA.id}`, { initial_message: emoji })).status).toBe(200);
  });

  it('answers the documented missing-header 401: "Authorization header is required"', async () => {
    const sim = await start();
    const answer = await sim.api.call('GET', '/user/me', undefined, { Authorization: '' });
    expect(answer).toMatchObject({
      status: 401,
      body: { error: 'Missing Authorization header', message: 'Authorization header is required' },
    });
  });
});
