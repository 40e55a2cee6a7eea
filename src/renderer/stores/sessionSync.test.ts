import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionCommand } from '../../shared/domain/sessionCommands';
import type { AppError, Result } from '../../shared/result';
import { createSessionSync, DRAFT_INTERVAL_MS, RETRY_AFTER_MS, type SyncOutcome } from './sessionSync';
import { sessionApplyAnswers, summaryOf } from '../testing/storeTestKit';
import { installFakeMain, removeFakeMain } from '../testing/fakeMainTestKit';

const draft = (text: string, paneId = 'p1'): SessionCommand => ({ type: 'setDraft', paneId, draft: text });
const reset: SessionCommand = { type: 'resetPane', paneId: 'p1' };

/** A main that answers sessions:apply with the next revision, or what `answer` says. */
const fakeApply = (answer?: () => Result<unknown> | Promise<Result<unknown>>) => {
  const batches: SessionCommand[][] = [];
  const applied = sessionApplyAnswers();
  installFakeMain(async (channel, input) => {
    if (channel !== 'sessions:apply') return { ok: true, data: {} };
    batches.push((input as { commands: SessionCommand[] }).commands);
    return answer ? answer() : applied();
  });
  return batches;
};

const recorder = () => {
  const answered: SyncOutcome[] = [];
  const failed: { error: AppError; kept: boolean }[] = [];
  const sync = createSessionSync({
    onAnswered: (outcome) => answered.push(outcome),
    onFailed: (error, kept) => failed.push({ error, kept }),
  });
  return { sync, answered, failed };
};

describe('sending session changes to main', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    removeFakeMain();
  });

  it('collapses a pane’s consecutive drafts into the newest, and keeps every other change in order', async () => {
    const batches = fakeApply();
    const { sync } = recorder();
    sync.open('s1', 0);
    sync.push('s1', [draft('h'), draft('he')]);
    sync.push('s1', [draft('x', 'p2'), draft('hel'), reset, draft(''), draft('n')]);
    await vi.advanceTimersByTimeAsync(0);
    expect(batches).toEqual([[draft('he'), draft('x', 'p2'), draft('hel'), reset, draft('n')]]);
  });

  it('holds drafts to one call per DRAFT_INTERVAL_MS, but sends any other change at once', async () => {
    const batches = fakeApply();
    const { sync } = recorder();
    sync.open('s1', 0);
    sync.push('s1', [draft('a')]);
    await vi.advanceTimersByTimeAsync(0);
    sync.push('s1', [draft('ab')]);
    await vi.advanceTimersByTimeAsync(DRAFT_INTERVAL_MS / 2);
    expect(batches).toHaveLength(1);
    sync.push('s1', [reset]);
    await vi.advanceTimersByTimeAsync(0);
    expect(batches).toEqual([[draft('a')], [draft('ab'), reset]]);
  });

  it('sends one batch at a time, so main applies them in the order they were made', async () => {
    let release: () => void = () => undefined;
    let answered = 0;
    const batches = fakeApply(
      () =>
        new Promise((resolve) => {
          release = () => resolve({ ok: true, data: { revision: (answered += 1), summary: summaryOf() } });
        }),
    );
    const { sync } = recorder();
    sync.open('s1', 0);
    sync.push('s1', [reset]);
    await vi.advanceTimersByTimeAsync(0);
    sync.push('s1', [draft('later')]);
    await vi.advanceTimersByTimeAsync(DRAFT_INTERVAL_MS * 4);
    expect(batches).toHaveLength(1);
    expect(sync.unconfirmed()).toEqual([reset, draft('later')]);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(batches).toEqual([[reset], [draft('later')]]);
  });

  it('keeps the changes when the host does not answer and sends them again', async () => {
    let down = true;
    let revision = 0;
    const batches = fakeApply(() =>
      down
        ? { ok: false, error: { code: 'network', reason: 'unreachable' } }
        : { ok: true, data: { revision: (revision += 1), summary: summaryOf() } },
    );
    const { sync, failed } = recorder();
    sync.open('s1', 0);
    sync.push('s1', [draft('typed while the host was down')]);
    await vi.advanceTimersByTimeAsync(0);
    expect(failed).toEqual([{ error: expect.objectContaining({ code: 'network' }), kept: true }]);
    expect(sync.isPending()).toBe(true);
    down = false;
    await vi.advanceTimersByTimeAsync(RETRY_AFTER_MS);
    expect(batches.at(-1)).toEqual([draft('typed while the host was down')]);
    expect(sync.isPending()).toBe(false);
  });

  it('drops a batch main refused, and says which', async () => {
    fakeApply(() => ({ ok: false, error: { code: 'validation', reason: 'request_invalid' } }));
    const { sync, failed } = recorder();
    sync.open('s1', 0);
    sync.push('s1', [reset]);
    await expect(sync.flush()).resolves.toMatchObject({ code: 'validation' });
    expect(failed).toEqual([{ error: expect.objectContaining({ code: 'validation' }), kept: false }]);
    expect(sync.isPending()).toBe(false);
  });

  it('notices when another window changed the session too (the revision jumped)', async () => {
    let revision = 4;
    fakeApply(() => ({ ok: true, data: { revision: (revision += 2), summary: summaryOf() } }));
    const { sync, answered } = recorder();
    sync.open('s1', 4);
    sync.push('s1', [reset]);
    await sync.flush();
    expect(answered).toEqual([{ sessionId: 's1', revision: 6, diverged: true }]);
  });

  it('sends at once when the page is hidden, without waiting for the typing interval', async () => {
    const batches = fakeApply();
    const { sync } = recorder();
    sync.open('s1', 0);
    sync.push('s1', [draft('a')]);
    await vi.advanceTimersByTimeAsync(0);
    sync.push('s1', [draft('typed just before closing')]);
    sync.flushNow();
    expect(batches.at(-1)).toEqual([draft('typed just before closing')]);
  });

  it('sends drafts still on their way again when the page goes, since the page may take them with it', async () => {
    const batches = fakeApply(() => new Promise(() => undefined));
    const { sync } = recorder();
    sync.open('s1', 0);
    sync.push('s1', [draft('typed'), draft('other pane', 'p2')]);
    await vi.advanceTimersByTimeAsync(0);
    sync.push('s1', [draft('typed more')]);
    sync.flushNow();
    expect(batches.at(-1)).toEqual([draft('typed'), draft('other pane', 'p2'), draft('typed more')]);
  });

  it('does not send other changes twice when the page goes', async () => {
    const batches = fakeApply(() => new Promise(() => undefined));
    const { sync } = recorder();
    sync.open('s1', 0);
    sync.push('s1', [reset]);
    await vi.advanceTimersByTimeAsync(0);
    sync.push('s1', [draft('typed')]);
    sync.flushNow();
    expect(batches).toEqual([[reset], [draft('typed')]]);
  });
});
