import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session } from '../../../shared/domain/session';
import { initI18n } from '../../i18n';
import { useAppStore } from '../../stores/appStore';
import type { OpenThread } from '../../stores/threadsSlice';
import { useUiStore } from '../../stores/uiStore';
import { useInspectorStore } from '../inspector/inspectorStore';
import { OpenInPlaygroundButton } from './OpenInPlaygroundButton';
import { detail, history, ok, resetThreadsStore, summary } from '../../testing/threadsTestKit';
import { installFakeMainByChannel, removeFakeMain } from '../../testing/fakeMainTestKit';

const ID = '0b8e2c4a-1f3d-4e5a-9c7b-6d2e1f0a9b8c';

const thread = (change: Partial<OpenThread> = {}): OpenThread => ({
  conversationId: ID,
  summary: summary(ID),
  status: 'ready',
  detail: detail(history(10_000)),
  latest: null,
  error: null,
  aiEnabled: true,
  aiSwitch: { pending: false, error: null },
  imported: null,
  ...change,
});

const created = (name: string): Session => ({
  id: 'session-thread',
  name,
  createdAt: '2026-06-01T10:00:00.000Z',
  updatedAt: '2026-06-01T10:00:00.000Z',
  notes: '',
  revision: 0,
  variableSets: [],
  replayScripts: [],
  lastComparison: null,
  panes: [],
});

describe('open in playground', () => {
  beforeAll(async () => {
    await initI18n('en');
  });
  beforeEach(() => {
    resetThreadsStore();
    useUiStore.setState({ view: 'threads', focusedPaneId: null });
    useInspectorStore.setState({ open: false, tab: 'calls' });
    useAppStore.setState((state) => ({ sessions: { ...state.sessions, current: null, list: [] } }));
  });
  afterEach(removeFakeMain);

  it('says what it will create, then opens a session with the pane and the replay script', async () => {
    const fake = installFakeMainByChannel({
      'sessions:create': (input) => ok(created((input as { name: string }).name)),
    });
    render(<OpenInPlaygroundButton thread={thread()} title="Anna Schmidt" />);
    fireEvent.click(screen.getByTestId('thread-open-playground'));
    expect(screen.getByTestId('handoff-assistant').textContent).toBe(
      'A new session with a test conversation on Clara (free, not billed).',
    );
    expect(screen.getByTestId('handoff-script').textContent).toBe(
      'Its 5,000 customer messages as a replay script (the replay tab opens).',
    );
    fireEvent.click(screen.getByTestId('confirm-accept'));
    await screen.findByTestId('thread-open-playground');
    await vi.waitFor(() => expect(useUiStore.getState().view).toBe('playground'));

    expect(fake.callsTo('sessions:create')).toEqual([{ name: 'Thread: Anna Schmidt', panes: [] }]);
    const session = useAppStore.getState().sessions.current;
    const [pane] = session?.panes ?? [];
    expect(pane).toMatchObject({
      title: 'From thread 0b8e2c4a',
      conversationType: 'test',
      assistant: { id: null, uuid: '3f6c1b2e-8d4a-4c7e-9b1f-2a5d7e9c0b13', name: 'Clara' },
      variables: { customer_name: 'Anna Schmidt' },
      conversationId: null,
    });
    const [script] = session?.replayScripts ?? [];
    expect(script?.messages).toHaveLength(5_000);
    expect(script?.messages[0]).toBe('Where is my parcel NW-0?');
    expect(useInspectorStore.getState()).toMatchObject({ open: true, tab: 'replay' });
    expect(useUiStore.getState().focusedPaneId).toBe(pane?.id);
  });

  it('stays on the thread and says why when the session cannot be created', async () => {
    installFakeMainByChannel({
      'sessions:create': () => ({ ok: false, error: { code: 'storage', reason: 'session_not_saved' } }),
    });
    render(<OpenInPlaygroundButton thread={thread({ summary: null })} title="Anna Schmidt" />);
    fireEvent.click(screen.getByTestId('thread-open-playground'));
    expect(screen.getByTestId('handoff-assistant').textContent).toMatch(/choose one in the pane/);
    fireEvent.click(screen.getByTestId('confirm-accept'));
    expect((await screen.findByTestId('thread-open-playground-error')).textContent).toBe(
      'The playground session could not be created: The session could not be saved.',
    );
    expect(useUiStore.getState().view).toBe('threads');
  });
});
