import { describe, expect, it } from 'vitest';
import { FIXED_NOW, simulatorsClosedAfterEach } from '../testing/simulatorTestKit';

const start = simulatorsClosedAfterEach();

const limitHeaders = (headers: Headers) => ({
  limit: headers.get('X-RateLimit-Limit'),
  remaining: headers.get('X-RateLimit-Remaining'),
  reset: headers.get('X-RateLimit-Reset'),
  retryAfter: headers.get('Retry-After'),
});

const epochSeconds = (offsetMs: number) => String(Math.ceil((FIXED_NOW.getTime() + offsetMs) / 1000));

describe("the account-wide limit of Famulor's authentication guide", () => {
  it('allows a burst of 20 per 10 s, then answers the documented 429 until the burst window reopens', async () => {
    const { api, clock } = await start();
    const answers = [];
    for (let call = 0; call < 20; call += 1) answers.push(await api.get('/user/me'));
    expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(200));
    const [first] = answers;
    const last = answers.at(-1);
    expect(limitHeaders(first?.headers ?? new Headers())).toEqual({
      limit: '20',
      remaining: '19',
      reset: epochSeconds(10_000),
      retryAfter: null,
    });
    expect(last?.headers.get('X-RateLimit-Remaining')).toBe('0');

    clock.advance(4_000);
    const refused = await api.get('/user/me');
    expect(refused.status).toBe(429);
    expect(refused.body).toEqual({
      error: 'Rate limit exceeded',
      message: 'Too many requests. Please try again later.',
      retry_after: 6,
    });
    expect(limitHeaders(refused.headers)).toMatchObject({ limit: '20', remaining: '0', retryAfter: '6' });

    clock.advance(6_000);
    expect((await api.get('/user/me')).status).toBe(200);
  });

  it('allows 100 a minute: the 101st is refused until the minute window reopens, with its headers', async () => {
    const { api, clock } = await start();
    let allowed = 0;
    for (let burst = 0; burst < 5; burst += 1) {
      for (let call = 0; call < 20; call += 1) if ((await api.get('/user/me')).status === 200) allowed += 1;
      clock.advance(10_000);
    }
    expect(allowed).toBe(100);
    const refused = await api.get('/user/me');
    expect(refused.status).toBe(429);
    expect(limitHeaders(refused.headers)).toEqual({
      limit: '100',
      remaining: '0',
      reset: epochSeconds(60_000),
      retryAfter: '10',
    });
    expect(refused.body).toMatchObject({ retry_after: 10 });
    clock.advance(10_000);
    expect((await api.get('/user/me')).status).toBe(200);
  });

  it('counts every route and both keys of the account, and refuses generate-reply too', async () => {
    const { api } = await start();
    for (let call = 0; call < 10; call += 1) await api.get('/user/me');
    for (let call = 0; call < 10; call += 1) await api.automate('/automate/conversations/unknown/disable-ai');
    const refused = await api.post('/user/ai/generate-reply', {
      assistant_id: 102,
      customer_identifier: 'crm-1',
      message: 'Hi',
    });
    expect(refused).toMatchObject({ status: 429, body: { error: 'Rate limit exceeded' } });
  });

  it('does not count requests refused before authentication', async () => {
    const { api } = await start();
    for (let call = 0; call < 25; call += 1) {
      await api.call('GET', '/user/me', undefined, { Authorization: 'Bearer wrong' });
    }
    expect((await api.get('/user/me')).headers.get('X-RateLimit-Remaining')).toBe('19');
  });

  it('is off when started with accountRateLimit: false', async () => {
    const { api } = await start({ accountRateLimit: false });
    for (let call = 0; call < 25; call += 1) expect((await api.get('/user/me')).status).toBe(200);
  });
});
