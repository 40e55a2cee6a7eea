import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../shared/result';
import { useAppStore } from './appStore';
import { OFFLINE_DEMO_PROFILE } from '../../shared/domain/profile';
import { selectPaneRuntime } from './conversationSlice';
import { selectPaneOtherProfile } from './panesSlice';
import { DRAFT_INTERVAL_MS } from './sessionSync';
import { CLARA, currentPanes, openTestSession, sessionApplyAnswers } from '../testing/storeTestKit';
import { installFakeMain, removeFakeMain, type FakeMain } from '../testing/fakeMainTestKit';

const created = {
  conversationId: 'conv-1',
  history: [{ role: 'assistant', content: 'Hi, I am Clara.', functionCalls: [] }],
};
const reply = {
  message: 'On 2026-06-15 I have these free slots.',
  functionCalls: [
    { name: 'check_calendar_availability', arguments: { date: '2026-06-15' }, result: { ok: true } },
  ],
  recovered: false,
};
const ok = (data: unknown): Result<unknown> => ({ ok: true, data });

/** Answers create/send/apply; `send` can be replaced per test. */
const fakeMain = (send: FakeMain = async () => ok(reply)) => {
  const calls: { channel: string; input: unknown }[] = [];
  const applied = sessionApplyAnswers();
  const main: FakeMain = async (channel, input, requestId) => {
    calls.push({ channel, input });
    if (channel === 'conversation:create') return ok(created);
    if (channel === 'conversation:send') return send(channel, input, requestId);
    if (channel === 'sessions:apply') return applied();
    return ok({ cancelled: true });
  };
  installFakeMain(main);
  return calls;
};

describe('sending from the playground store', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
  afterEach(() => {
    vi.useRealTimers();
    removeFakeMain();
  });

  it('creates the conversation on the first send, then sends, and keeps both messages with latency', async () => {
    const calls = fakeMain();
    const { panes } = openTestSession([CLARA]);
    const paneId = panes[0]?.id ?? '';
    await useAppStore.getState().sendToPanes([paneId], 'Do you have time on 2026-06-15?');

    expect(calls.slice(0, 2)).toEqual([
      {
        channel: 'conversation:create',
        input: { assistantUuid: CLARA.assistant.uuid, type: 'test', variables: CLARA.variables, tag: paneId },
      },
      {
        channel: 'conversation:send',
        input: {
          conversationId: 'conv-1',
          message: 'Do you have time on 2026-06-15?',
          userMessagesBefore: 0,
          tag: paneId,
        },
      },
    ]);
    const [pane] = currentPanes();
    expect(pane?.conversationId).toBe('conv-1');
    expect(pane?.transcript.map((entry) => [entry.role, entry.content])).toEqual([
      ['assistant', 'Hi, I am Clara.'],
      ['user', 'Do you have time on 2026-06-15?'],
      ['assistant', reply.message],
    ]);
    expect(pane?.transcript[2]?.functionCalls).toEqual(reply.functionCalls);
    expect(pane?.transcript[2]?.latencyMs).toEqual(expect.any(Number));
    expect(pane?.costUsd).toBe(0);
    expect(useAppStore.getState().sessions.list[0]).toMatchObject({
      messageCount: 3,
      assistantNames: ['Clara'],
    });
    expect(selectPaneRuntime(paneId)(useAppStore.getState())).toEqual({ inFlight: null, failure: null });
  });

  it('records the profile a conversation starts on and sends nothing there once another profile is active', async () => {
    const calls = fakeMain();
    const { panes } = openTestSession([CLARA]);
    const paneId = panes[0]?.id ?? '';
    await useAppStore.getState().sendToPanes([paneId], 'hello');
    expect(currentPanes()[0]?.profileId).toBe('offline-demo');

    const production = {
      ...OFFLINE_DEMO_PROFILE,
      id: 'production',
      name: 'Production',
      kind: 'remote' as const,
    };
    useAppStore.setState((state) => ({
      profiles: { ...state.profiles, list: [OFFLINE_DEMO_PROFILE, production], activeId: production.id },
    }));
    const before = calls.length;
    await useAppStore.getState().sendToPanes([paneId], 'Is 10:00 still free?');

    expect(calls.slice(before).map((call) => call.channel)).not.toContain('conversation:send');
    expect(selectPaneRuntime(paneId)(useAppStore.getState()).failure?.error).toEqual({
      code: 'validation',
      reason: 'conversation_on_other_profile',
      params: { profile: 'Offline demo' },
    });
    // Nothing typed is lost: the text is back in the composer.
    expect(currentPanes()[0]?.draft).toBe('Is 10:00 still free?');
    expect(currentPanes()[0]?.transcript).toHaveLength(3);
  });

  it('continues such a pane in a new pane on the active profile, with its draft and settings', async () => {
    fakeMain();
    const { panes } = openTestSession([CLARA]);
    const paneId = panes[0]?.id ?? '';
    await useAppStore.getState().sendToPanes([paneId], 'hello');
    useAppStore.getState().setDraft(paneId, 'half a sentence');
    useAppStore.setState((state) => ({ profiles: { ...state.profiles, activeId: 'production' } }));
    expect(selectPaneOtherProfile(paneId)(useAppStore.getState())).toBe('offline-demo');

    const added = useAppStore.getState().continueOnActiveProfile(paneId);
    const [old, fresh] = currentPanes();
    expect(fresh?.id).toBe(added);
    expect(fresh).toMatchObject({
      conversationId: null,
      profileId: null,
      draft: 'half a sentence',
      variables: CLARA.variables,
      // The active account does not list Clara (no assistants loaded): the new pane asks for one.
      assistant: { uuid: null },
    });
    expect(old).toMatchObject({ draft: '', conversationId: 'conv-1', profileId: 'offline-demo' });
    expect(selectPaneOtherProfile(added ?? '')(useAppStore.getState())).toBeNull();
  });

  it('broadcasts to several panes and bills only the widget one', async () => {
    fakeMain();
    const { panes } = openTestSession([CLARA, { ...CLARA, conversationType: 'widget' }]);
    await useAppStore.getState().sendToPanes(
      panes.map((pane) => pane.id),
      'hello',
    );
    await useAppStore.getState().sendToPanes(
      panes.map((pane) => pane.id),
      'again',
    );
    expect(currentPanes().map((pane) => pane.costUsd)).toEqual([0, 0.02]);
    expect(currentPanes().every((pane) => pane.transcript.length === 5)).toBe(true);
  });

  it('cancels a message in flight: main is told, the text goes back to the draft, nothing is added', async () => {
    let answer: (result: Result<unknown>) => void = () => undefined;
    const calls = fakeMain(() => new Promise((resolve) => (answer = resolve)));
    const { panes } = openTestSession([CLARA]);
    const paneId = panes[0]?.id ?? '';
    const sending = useAppStore.getState().sendToPanes([paneId], 'slow question');
    await vi.waitFor(() => expect(calls.some((call) => call.channel === 'conversation:send')).toBe(true));
    expect(selectPaneRuntime(paneId)(useAppStore.getState()).inFlight?.text).toBe('slow question');

    useAppStore.getState().cancelPane(paneId);
    expect(calls.at(-1)?.channel).toBe('app:cancel');
    answer({ ok: false, error: { code: 'cancelled', reason: 'cancelled' } });
    await sending;

    expect(selectPaneRuntime(paneId)(useAppStore.getState())).toEqual({ inFlight: null, failure: null });
    const [pane] = currentPanes();
    expect(pane?.draft).toBe('slow question');
    expect(pane?.transcript.map((entry) => entry.role)).toEqual(['assistant']);
  });

  it('keeps a failed message with its error, and Retry sends it again', async () => {
    let fail = true;
    fakeMain(async () =>
      fail
        ? { ok: false, error: { code: 'rate_limited', reason: 'account_rate_limited', retryAfterMs: 30_000 } }
        : ok(reply),
    );
    const { panes } = openTestSession([CLARA]);
    const paneId = panes[0]?.id ?? '';
    const before = Date.now();
    await useAppStore.getState().sendToPanes([paneId], 'book me in');

    const failed = selectPaneRuntime(paneId)(useAppStore.getState());
    expect(failed.failure).toEqual({
      text: 'book me in',
      error: { code: 'rate_limited', reason: 'account_rate_limited', retryAfterMs: 30_000 },
      at: expect.any(Number) as number,
    });
    // The countdown to Retry starts from when this request failed.
    expect(failed.failure?.at).toBeGreaterThanOrEqual(before);
    expect(currentPanes()[0]?.draft).toBe('book me in');

    fail = false;
    await useAppStore.getState().retryPane(paneId);
    expect(selectPaneRuntime(paneId)(useAppStore.getState()).failure?.text).toBe('book me in');

    // Only once the wait Famulor asked for is over does Retry send again.
    const failedAt = failed.failure?.at ?? 0;
    const clock = vi.spyOn(Date, 'now').mockReturnValue(failedAt + 30_000);
    await useAppStore.getState().retryPane(paneId);
    clock.mockRestore();
    expect(selectPaneRuntime(paneId)(useAppStore.getState()).failure).toBeNull();
    expect(currentPanes()[0]?.draft).toBe('');
    expect(currentPanes()[0]?.transcript.map((entry) => entry.content)).toContain('book me in');
  });

  it('refuses an over-long message before calling main', async () => {
    const calls = fakeMain();
    const { panes } = openTestSession([CLARA]);
    const paneId = panes[0]?.id ?? '';
    await useAppStore.getState().sendToPanes([paneId], 'x'.repeat(2001));
    expect(calls).toEqual([]);
    expect(selectPaneRuntime(paneId)(useAppStore.getState()).failure?.error.code).toBe('validation');
  });

  it('drops an answer that arrives after the pane was reset', async () => {
    let answer: (result: Result<unknown>) => void = () => undefined;
    const calls = fakeMain(() => new Promise((resolve) => (answer = resolve)));
    const { panes } = openTestSession([CLARA]);
    const paneId = panes[0]?.id ?? '';
    const sending = useAppStore.getState().sendToPanes([paneId], 'hello');
    await vi.waitFor(() => expect(calls.some((call) => call.channel === 'conversation:send')).toBe(true));
    useAppStore.getState().resetPane(paneId);
    answer(ok(reply));
    await sending;
    expect(currentPanes()[0]).toMatchObject({ conversationId: null, transcript: [], costUsd: 0 });
  });

  it('sends typing as the newest draft alone, not the session', async () => {
    const calls = fakeMain();
    const { panes } = openTestSession([CLARA]);
    const paneId = panes[0]?.id ?? '';
    for (const draft of ['h', 'he', 'hel']) useAppStore.getState().setDraft(paneId, draft);
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(DRAFT_INTERVAL_MS);
    expect(calls).toEqual([
      {
        channel: 'sessions:apply',
        input: { id: 'session-1', commands: [{ type: 'setDraft', paneId, draft: 'hel' }] },
      },
    ]);
    expect(useAppStore.getState().sessions.saveState).toBe('saved');
  });

  it('sends a steadily typed draft at most every DRAFT_INTERVAL_MS, each call about the size of the draft', async () => {
    const calls = fakeMain();
    const { panes } = openTestSession([CLARA]);
    const paneId = panes[0]?.id ?? '';
    const keyInterval = 50;
    const typingMs = 2000;
    for (let typed = 1; typed * keyInterval <= typingMs; typed += 1) {
      useAppStore.getState().setDraft(paneId, 'x'.repeat(typed));
      await vi.advanceTimersByTimeAsync(keyInterval);
    }
    await vi.advanceTimersByTimeAsync(DRAFT_INTERVAL_MS);
    const applies = calls.filter((call) => call.channel === 'sessions:apply');
    expect(applies.length).toBeLessThanOrEqual(typingMs / DRAFT_INTERVAL_MS + 1);
    expect(applies.length).toBeGreaterThanOrEqual(typingMs / DRAFT_INTERVAL_MS - 1);
    for (const apply of applies) {
      const { commands } = apply.input as { commands: { draft: string }[] };
      expect(commands).toHaveLength(1);
      expect(JSON.stringify(apply.input).length).toBeLessThanOrEqual((commands[0]?.draft.length ?? 0) + 1024);
    }
    expect(applies.at(-1)?.input).toMatchObject({
      commands: [{ draft: 'x'.repeat(typingMs / keyInterval) }],
    });
  });
});
