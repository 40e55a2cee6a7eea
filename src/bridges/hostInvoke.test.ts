import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { TOKEN_HEADER } from '../shared/ipc/transport';
import { AppErrorSchema, type Result } from '../shared/result';
import { describeError } from '../renderer/lib/describeError';
import { initI18n } from '../renderer/i18n';
import { createHostInvoke } from './hostInvoke';

const invokeWith = (fetch: typeof globalThis.fetch) =>
  createHostInvoke({ token: 'page-token', fetch, leaving: () => false });

const errorOf = (result: Result<unknown>) => {
  if (result.ok) throw new Error('expected a failure');
  return AppErrorSchema.parse(result.error);
};

describe('a call from the browser page to the host process', () => {
  beforeAll(async () => {
    await initI18n('en');
  });

  it('answers a valid error the interface words in both languages when the host is gone', async () => {
    const gone = invokeWith(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = errorOf(await gone('account:get', {}, undefined));
    expect(error).toMatchObject({ code: 'network', reason: 'host_not_answering' });
    expect(describeError(i18next.getFixedT('en'), error)).toContain('host process is not answering');
    const german = describeError(i18next.getFixedT('de'), error);
    expect(german).toContain('Hintergrundprozess der App antwortet nicht');
    expect(german).not.toContain('errors.');
  });

  it('treats a page that is not the host’s JSON answer (a proxy’s 502) as the host not answering', async () => {
    const proxy = invokeWith(async () => new Response('<h1>Bad gateway</h1>', { status: 502 }));
    expect(errorOf(await proxy('account:get', {}, undefined))).toMatchObject({
      reason: 'host_not_answering',
      diagnostic: 'HTTP 502',
    });
  });

  it('passes the host’s own answer through, with the token and the call’s id', async () => {
    const sent: Request[] = [];
    const host = invokeWith(async (input, init) => {
      sent.push(new Request(new URL(String(input), 'http://127.0.0.1'), init));
      return Response.json({ ok: true, data: { balance: 3 } });
    });
    expect(await host('account:get', {}, { requestId: 'req-1' })).toEqual({ ok: true, data: { balance: 3 } });
    expect(sent[0]?.headers.get(TOKEN_HEADER)).toBe('page-token');
    expect(await sent[0]?.json()).toEqual({ input: {}, meta: { requestId: 'req-1' } });
  });
});
