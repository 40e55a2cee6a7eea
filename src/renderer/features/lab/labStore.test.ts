import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AssistantDraft } from '../../../shared/domain/assistantDraft';
import type { AssistantVersion } from '../../../shared/domain/assistantLab';
import type { Assistant } from '../../../shared/domain/famulor';
import { useAppStore } from '../../stores/appStore';
import { useUiStore } from '../../stores/uiStore';
import { installFakeMainByChannel, removeFakeMain } from '../../testing/fakeMainTestKit';
import { session } from '../../testing/sessionsTestKit';
import {
  CLARA,
  currentPanes,
  openTestSession,
  preferencesOf,
  sessionApplyAnswers,
} from '../../testing/storeTestKit';
import { unwatchCopy } from './comparisonCleanup';
import { isDirty, useLabStore } from './labStore';
import { claraDraft } from '../../../shared/testing/assistantDraftKit';

const clara: Assistant = {
  id: 101,
  uuid: 'u-101',
  name: 'Clara',
  variables: {},
  initialMessage: 'Hello.',
  systemPrompt: 'You are Clara.',
  language: 'en',
  timezone: 'Europe/Berlin',
  status: 'active',
  raw: {},
};
const current = claraDraft({ tools: [{ type: 'end_call', description: 'when done' }] });
const version = (
  kind: AssistantVersion['kind'],
  draft: AssistantDraft,
  id: string = kind,
): AssistantVersion => ({
  id,
  profileId: 'p',
  assistantId: 101,
  kind,
  draft,
  note: '',
  author: 'ada',
  at: '2026-12-07T12:00:00.000Z',
});
const opened = (versions: AssistantVersion[]) => ({
  ok: true as const,
  data: { assistant: clara, current, versions, unwritableTools: [] },
});

/** A scratch copy main made: 900 is "13:00", 901 "13:01"… */
const copyOf = (assistantId: number) => ({
  profileId: 'p',
  assistantId,
  uuid: `u-${assistantId}`,
  name: `[draft] Clara · 13:0${assistantId - 900}`,
  originalId: 101,
  createdAt: '2026-12-07T12:00:00.000Z',
});

beforeEach(() =>
  useLabStore.setState({
    assistantId: null,
    opened: null,
    draft: null,
    savedDraft: null,
    scratch: [],
    error: null,
  }),
);
afterEach(() => {
  unwatchCopy('all');
  removeFakeMain();
});

describe('the prompt lab’s store', () => {
  it('goes on with a draft saved last, and starts from Famulor’s state after a push', async () => {
    const edited = { ...current, initialMessage: 'Hi!' };
    installFakeMainByChannel({
      'lab:open': () => opened([version('original', current), version('draft', edited)]),
    });
    await useLabStore.getState().open(101);
    expect(useLabStore.getState().draft?.initialMessage).toBe('Hi!');

    installFakeMainByChannel({
      'lab:open': () =>
        opened([version('original', current), version('draft', edited), version('pushed', edited, 'p1')]),
    });
    await useLabStore.getState().open(101);
    expect(useLabStore.getState().draft).toEqual(current);
    expect(isDirty(useLabStore.getState())).toBe(false);
  });

  it('is not dirty for the same draft with its keys in another order, and is after an edit', async () => {
    installFakeMainByChannel({ 'lab:open': () => opened([version('original', current)]) });
    await useLabStore.getState().open(101);
    useLabStore.setState({ draft: { ...current, tools: [{ description: 'when done', type: 'end_call' }] } });
    expect(isDirty(useLabStore.getState())).toBe(false);
    useLabStore.getState().edit({ systemPrompt: 'You are Clara, brief.' });
    expect(isDirty(useLabStore.getState())).toBe(true);
  });

  it('tries a draft: the original and the copy in two panes of a new session, one message going to both', async () => {
    openTestSession([CLARA]);
    useUiStore.setState({ broadcast: false, view: 'lab' });
    const copy = copyOf(900);
    const fake = installFakeMainByChannel({
      'lab:open': () => opened([version('original', current)]),
      'lab:try': () => ({ ok: true, data: copy }),
      'sessions:apply': sessionApplyAnswers() as never,
      'sessions:create': (input) => ({
        ok: true,
        data: session('session-2', input.name ?? ''),
      }),
      'preferences:update': () => ({
        ok: true,
        data: {
          theme: 'system',
          language: 'system',
          lastSessionId: null,
          view: 'playground',
          broadcast: true,
          textScale: 1,
        },
      }),
    });
    await useLabStore.getState().open(101);
    await useLabStore.getState().tryDraft();
    expect(fake.callsTo('lab:try')).toEqual([{ assistantId: 101, draft: current }]);
    // The person's own session keeps its one pane; the comparison opens in a session of its own.
    expect(useAppStore.getState().sessions.current?.name).toBe('[draft] Clara · 13:00');
    const panes = useAppStore.getState().sessions.current?.panes ?? [];
    expect(panes.map((pane) => [pane.assistant.name, pane.assistant.uuid, pane.conversationType])).toEqual([
      ['Clara', 'u-101', 'test'],
      ['[draft] Clara · 13:00', 'u-900', 'test'],
    ]);
    expect(useUiStore.getState()).toMatchObject({ broadcast: true, view: 'playground' });
    expect(useLabStore.getState().scratch).toEqual([copy]);
  });

  it('runs a chosen test suite on the original and the copy, and shows it in the Tests view', async () => {
    openTestSession([CLARA]);
    useUiStore.setState({ view: 'lab' });
    const copy = copyOf(900);
    const fake = installFakeMainByChannel({
      'lab:open': () => opened([version('original', current)]),
      'lab:try': () => ({ ok: true, data: copy }),
      'sessions:apply': sessionApplyAnswers() as never,
      'sessions:create': (input) => ({ ok: true, data: session('session-2', input.name ?? '') }),
      'preferences:update': () => ({ ok: true, data: preferencesOf() }),
      'tests:runs': () => ({ ok: true, data: [] }),
      'tests:run': () => ({ ok: false, error: { code: 'network', reason: 'unreachable' } }),
    });
    await useLabStore.getState().open(101);
    await useLabStore.getState().tryDraft({ suiteId: 'suite-1' });
    await vi.waitFor(() =>
      expect(fake.callsTo('tests:run')).toEqual([{ id: 'suite-1', on: ['101', '900'] }]),
    );
    expect(useUiStore.getState().view).toBe('tests');
    expect(currentPanes()).toHaveLength(2);
  });

  it('keeps a failure beside the action it was of, and nothing else changes', async () => {
    installFakeMainByChannel({
      'lab:open': () => opened([version('original', current)]),
      'lab:try': () => ({
        ok: false,
        error: { code: 'validation', reason: 'initial_message_too_long', params: { max: 200 } },
      }),
    });
    await useLabStore.getState().open(101);
    await useLabStore.getState().tryDraft();
    expect(useLabStore.getState()).toMatchObject({
      busy: null,
      scratch: [],
      error: { action: 'try', error: { reason: 'initial_message_too_long' } },
    });
  });

  describe('a comparison closed', () => {
    const models = [
      { id: 1, name: 'GPT-4o-mini', code: null },
      { id: 2, name: 'GPT-4.1-mini', code: null },
    ];
    const tryOnTwoModels = async () => {
      openTestSession([CLARA]);
      useAppStore.setState((state) => ({ sessions: { ...state.sessions, status: 'ready' } }));
      let made = 900;
      const fake = installFakeMainByChannel({
        'lab:open': () => opened([version('original', current)]),
        'lab:try': () => ({ ok: true, data: copyOf((made += 1)) }),
        'lab:discard': () => ({ ok: true, data: {} }),
        'sessions:apply': sessionApplyAnswers() as never,
        'sessions:create': (input) => ({ ok: true, data: session('session-2', input.name ?? '') }),
        'sessions:delete': () => ({
          ok: true,
          data: useAppStore.getState().sessions.current ?? session('session-2', ''),
        }),
        'sessions:restore': (input) => ({ ok: true, data: input.session }),
        'preferences:update': () => ({ ok: true, data: preferencesOf() }),
      });
      await useLabStore.getState().open(101);
      await useLabStore.getState().tryDraft({ models });
      return fake;
    };
    const paneOf = (assistantId: number) =>
      currentPanes().find((pane) => pane.assistant.id === assistantId)?.id ?? '';

    it('deletes a copy as its pane is closed, and only that one', async () => {
      const fake = await tryOnTwoModels();
      expect(currentPanes()).toHaveLength(3);
      useAppStore.getState().closePane(paneOf(901));
      await vi.waitFor(() => expect(fake.callsTo('lab:discard')).toEqual([{ assistantId: 901 }]));
      await vi.waitFor(() =>
        expect(useLabStore.getState().scratch.map((copy) => copy.assistantId)).toEqual([902]),
      );
      useAppStore.getState().closePane(paneOf(101));
      expect(fake.callsTo('lab:discard')).toHaveLength(1);
    });

    it('deletes the copies once their deleted session cannot be brought back, and not after an undo', async () => {
      const fake = await tryOnTwoModels();
      await useAppStore.getState().deleteSession('session-2');
      expect(fake.callsTo('lab:discard')).toEqual([]);
      await useAppStore.getState().undoDelete();
      expect(fake.callsTo('lab:discard')).toEqual([]);
      await useAppStore.getState().deleteSession('session-2');
      useAppStore.getState().dismissDeleted();
      await vi.waitFor(() =>
        expect(fake.callsTo('lab:discard')).toEqual([{ assistantId: 901 }, { assistantId: 902 }]),
      );
    });
  });
});
