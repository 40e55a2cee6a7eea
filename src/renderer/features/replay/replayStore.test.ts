import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../shared/result';
import { useAppStore } from '../../stores/appStore';
import { CLARA, currentPanes, openTestSession, sessionApplyAnswers } from '../../testing/storeTestKit';
import { selectReplayRun, useReplayStore } from './replayStore';
import type { ReplayScript } from '../../../shared/domain/session';
import { installFakeMain, removeFakeMain, type FakeMain } from '../../testing/fakeMainTestKit';

const ok = (data: unknown): Result<unknown> => ({ ok: true, data });

const script: ReplayScript = {
  id: 'script-1',
  name: 'Booking',
  createdAt: '2026-03-02T10:00:00.000Z',
  source: 'Pane 1',
  assistant: CLARA.assistant,
  variables: { company_name: 'Stadtpark Health Clinic' },
  messages: ['Slots on 2026-06-15?', '10:30, my name is Ada'],
};

/** A main process that answers each message with an echo naming the conversation it was sent to. */
const fakeMain = (send?: FakeMain) => {
  let conversations = 0;
  const calls: { channel: string; input: unknown }[] = [];
  const applied = sessionApplyAnswers();
  installFakeMain(async (channel, input) => {
    calls.push({ channel, input });
    if (channel === 'conversation:create') {
      conversations += 1;
      return ok({ conversationId: `conv-${conversations}`, history: [] });
    }
    if (channel === 'conversation:send') {
      if (send) return send(channel, input, undefined);
      const { conversationId, message } = input as { conversationId: string; message: string };
      return ok({ message: `${conversationId}: ${message}`, functionCalls: [], recovered: false });
    }
    if (channel === 'sessions:apply') return applied();
    return ok({ cancelled: true });
  });
  return calls;
};

const finished = () =>
  vi.waitFor(() => expect(selectReplayRun(useReplayStore.getState())?.status).not.toBe('running'));

describe('replaying a script through the playground store', () => {
  beforeEach(() => useReplayStore.setState({ run: null }));
  afterEach(removeFakeMain);

  it('opens one fresh pane per target and plays every message into each, in order', async () => {
    const calls = fakeMain();
    openTestSession([CLARA]);
    const problem = useReplayStore.getState().start(script, [
      { conversationType: 'test', variables: script.variables, title: 'Replay · test' },
      { conversationType: 'widget', variables: { company_name: 'Berlin' }, title: 'Replay · widget' },
    ]);
    expect(problem).toBeNull();
    await finished();

    const run = selectReplayRun(useReplayStore.getState());
    expect(run).toMatchObject({ status: 'done', progress: { completed: 2, total: 2 } });
    const panes = currentPanes();
    expect(panes.map((pane) => [pane.title, pane.conversationType, pane.assistant.name])).toEqual([
      ['', 'test', 'Clara'],
      ['Replay · test', 'test', 'Clara'],
      ['Replay · widget', 'widget', 'Clara'],
    ]);
    expect(run?.paneIds).toEqual([panes[1]?.id, panes[2]?.id]);
    expect(panes[2]?.transcript.map((entry) => entry.content)).toEqual([
      'Slots on 2026-06-15?',
      'conv-2: Slots on 2026-06-15?',
      '10:30, my name is Ada',
      'conv-2: 10:30, my name is Ada',
    ]);
    expect(
      calls.filter((call) => call.channel === 'conversation:create').map((call) => call.input),
    ).toContainEqual(expect.objectContaining({ type: 'widget', variables: { company_name: 'Berlin' } }));
  });

  it('refuses to open more panes than fit', () => {
    fakeMain();
    openTestSession([CLARA, CLARA, CLARA]);
    const target = { conversationType: 'test' as const, variables: {}, title: 'x' };
    expect(useReplayStore.getState().start(script, [target, target])).toBe('noRoom');
    expect(currentPanes()).toHaveLength(3);
  });

  it('stops at a failed reply and says which pane failed', async () => {
    fakeMain(async () => ({
      ok: false,
      error: { code: 'insufficient_balance', reason: 'balance_used_up' },
    }));
    openTestSession([CLARA]);
    useReplayStore.getState().start(script, [{ conversationType: 'widget', variables: {}, title: 'Widget' }]);
    await finished();
    const run = selectReplayRun(useReplayStore.getState());
    expect(run).toMatchObject({
      status: 'failed',
      error: { code: 'insufficient_balance' },
      failedPaneId: run?.paneIds[0],
    });
    expect(run?.progress.completed).toBe(0);
  });

  it('cancels the message in flight and sends nothing after it', async () => {
    let release: (result: Result<unknown>) => void = () => undefined;
    const calls = fakeMain(() => new Promise((resolve) => (release = resolve)));
    openTestSession([CLARA]);
    useReplayStore.getState().start(script, [{ conversationType: 'test', variables: {}, title: 'Test' }]);
    await vi.waitFor(() => expect(calls.some((call) => call.channel === 'conversation:send')).toBe(true));
    useReplayStore.getState().cancel();
    release({ ok: false, error: { code: 'cancelled', reason: 'cancelled' } });
    await finished();
    expect(selectReplayRun(useReplayStore.getState())?.status).toBe('cancelled');
    expect(calls.filter((call) => call.channel === 'conversation:send')).toHaveLength(1);
    expect(useAppStore.getState().runtime[currentPanes()[1]?.id ?? '']?.inFlight ?? null).toBeNull();
  });
});
