import { describe, expect, it, vi } from 'vitest';
import { runReplay, type SendToPane } from './runReplay';

const run = (send: SendToPane, controller = new AbortController()) => {
  const onProgress = vi.fn();
  const outcome = runReplay({
    messages: ['one', 'two', 'three'],
    paneIds: ['a', 'b'],
    send,
    signal: controller.signal,
    onProgress,
  });
  return { outcome, onProgress };
};

describe('runReplay', () => {
  it('sends each message to every pane and waits for all replies before the next one', async () => {
    const log: string[] = [];
    const send: SendToPane = async (paneId, message) => {
      log.push(`start ${paneId} ${message}`);
      await Promise.resolve();
      log.push(`end ${paneId} ${message}`);
      return { ok: true };
    };
    const { outcome, onProgress } = run(send);
    await expect(outcome).resolves.toEqual({ status: 'done', completed: 3 });
    expect(log.indexOf('start a two')).toBeGreaterThan(log.indexOf('end b one'));
    expect(log.filter((line) => line.startsWith('start'))).toHaveLength(6);
    expect(onProgress.mock.calls.map(([progress]) => progress)).toEqual([
      { completed: 0, total: 3 },
      { completed: 1, total: 3 },
      { completed: 2, total: 3 },
      { completed: 3, total: 3 },
    ]);
  });

  it('stops at the first failure and names the pane', async () => {
    const send: SendToPane = async (paneId, message) =>
      paneId === 'b' && message === 'two'
        ? { ok: false, error: { code: 'rate_limited', reason: 'account_rate_limited' } }
        : { ok: true };
    const spy = vi.fn(send);
    const { outcome } = run(spy);
    await expect(outcome).resolves.toEqual({
      status: 'failed',
      completed: 1,
      paneId: 'b',
      error: { code: 'rate_limited', reason: 'account_rate_limited' },
    });
    expect(spy).toHaveBeenCalledTimes(4);
  });

  it('reports cancelled when aborted while a message is in flight and sends nothing more', async () => {
    const controller = new AbortController();
    const send = vi.fn<SendToPane>(async (_paneId, message, signal) => {
      if (message === 'two') controller.abort();
      return signal.aborted ? { ok: false, error: { code: 'cancelled', reason: 'cancelled' } } : { ok: true };
    });
    const { outcome } = run(send, controller);
    await expect(outcome).resolves.toEqual({ status: 'cancelled', completed: 1 });
    expect(send.mock.calls.some(([, message]) => message === 'three')).toBe(false);
  });
});
