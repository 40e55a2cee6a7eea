import { afterEach, describe, expect, it, vi } from 'vitest';
import { call } from '../lib/api';
import { installFakeMain, removeFakeMain } from './fakeMainTestKit';

describe('the fake main of the renderer tests', () => {
  afterEach(removeFakeMain);

  it('refuses an input main would refuse, with main’s own error, and never asks the fake', async () => {
    const fake = vi.fn(async () => ({ ok: true as const, data: { cancelled: true } }));
    installFakeMain(fake);
    const result = await call('app:cancel', { requestId: 42 } as never);
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', reason: 'request_invalid' } });
    expect(fake).not.toHaveBeenCalled();
  });

  it('fails the test when the fake answers what main’s handlers could not', async () => {
    installFakeMain(async () => ({ ok: true, data: { cancelled: 'yes' } }));
    await expect(call('app:cancel', { requestId: 'r-1' })).rejects.toThrow(
      'The fake main answered app:cancel with what main cannot: cancelled: ',
    );
  });

  it('passes a valid answer and any failure through', async () => {
    installFakeMain(async (channel) =>
      channel === 'app:cancel'
        ? { ok: true, data: { cancelled: true } }
        : { ok: false, error: { code: 'network', reason: 'unreachable' } },
    );
    await expect(call('app:cancel', { requestId: 'r-1' })).resolves.toEqual({
      ok: true,
      data: { cancelled: true },
    });
    await expect(call('account:get', {})).resolves.toMatchObject({ ok: false, error: { code: 'network' } });
  });
});
