import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildApi } from '../../bridges/buildApi';
import { call } from './api';

const install = (invoke: Parameters<typeof buildApi>[0]) => {
  window.api = buildApi(invoke, () => () => undefined);
};

describe('lib/api call', () => {
  afterEach(() => {
    Reflect.deleteProperty(window, 'api');
  });

  it('routes a channel to its window.api method with a request id', async () => {
    const invoke = vi.fn(async () => ({ ok: true, data: { cancelled: false } }));
    install(invoke);
    await expect(call('app:cancel', { requestId: 'x' })).resolves.toEqual({
      ok: true,
      data: { cancelled: false },
    });
    expect(invoke).toHaveBeenCalledWith(
      'app:cancel',
      { requestId: 'x' },
      { requestId: expect.stringMatching(/^req-/) },
    );
  });

  it('answers with an error Result when the bridge is missing instead of throwing', async () => {
    const result = await call('app:info', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('cancels the request in main when the caller aborts', async () => {
    let release: (value: unknown) => void = () => undefined;
    const invoke = vi.fn((channel: string) =>
      channel === 'app:info'
        ? new Promise((resolve) => (release = resolve))
        : Promise.resolve({ ok: true, data: { cancelled: true } }),
    );
    install(invoke);
    const controller = new AbortController();
    const pending = call('app:info', {}, { signal: controller.signal });
    controller.abort();
    const [, , meta] = invoke.mock.calls[0] as unknown as [string, unknown, { requestId: string }];
    expect(invoke).toHaveBeenCalledWith('app:cancel', { requestId: meta.requestId }, undefined);
    release({ ok: false, error: { code: 'cancelled', reason: 'cancelled' } });
    await expect(pending).resolves.toMatchObject({ ok: false, error: { code: 'cancelled' } });
  });

  it('builds one method per channel, grouped by domain, and one subscriber per event', () => {
    install(vi.fn());
    expect(typeof window.api['app:info']).toBe('function');
    expect(typeof window.api['app:cancel']).toBe('function');
    expect(typeof window.api.events['pacer:wait']).toBe('function');
  });
});
