import { buildApi, type Subscribe } from '../../preload/buildApi';
import { OFFLINE_DEMO_PROFILE } from '../../shared/domain/profile';
import type { Session } from '../../shared/domain/session';
import type { Result } from '../../shared/result';
import { useAppStore } from './appStore';
import { createPane, type PaneSettings } from './paneModel';

/** Test support: a fake main process answering by channel name, and a store with one open session. */
export type FakeMain = (
  channel: string,
  input: unknown,
  requestId: string | undefined,
) => Promise<Result<unknown>>;

/** Main's pushes in a test: `emit` reaches every listener the renderer subscribed through window.api. */
export const createFakeEvents = () => {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const subscribe: Subscribe = (event, listener) => {
    const set = listeners.get(event) ?? new Set();
    listeners.set(event, set);
    set.add(listener);
    return () => set.delete(listener);
  };
  const emit = (event: string, payload: unknown) => {
    for (const listener of listeners.get(event) ?? []) listener(payload);
  };
  return { subscribe, emit };
};

export const installFakeMain = (main: FakeMain, events?: { subscribe: Subscribe }) => {
  window.api = buildApi(
    (channel, input, meta) => main(channel, input, meta?.requestId),
    events?.subscribe ?? (() => () => undefined),
  );
};

/** What main answers sessions:apply with: the next revision each time (the summary is not read by the slices). */
export const sessionApplyAnswers = (): (() => Result<unknown>) => {
  let revision = 0;
  return () => ({ ok: true, data: { revision: (revision += 1), summary: {} } });
};

export const removeFakeMain = () => Reflect.deleteProperty(window, 'api');

export const CLARA: PaneSettings = {
  assistant: { id: 101, uuid: '3f6c1b2e-8d4a-4c7e-9b1f-2a5d7e9c0b13', name: 'Clara' },
  conversationType: 'test',
  variables: { company_name: 'Stadtpark Health Clinic' },
};

export const openTestSession = (panes: PaneSettings[]): Session => {
  const session: Session = {
    id: 'session-1',
    name: 'Test session',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    notes: '',
    revision: 0,
    variableSets: [],
    replayScripts: [],
    lastComparison: null,
    panes: panes.map(createPane),
  };
  // A test's fake clock is gone when the next starts: nothing it scheduled may hold the next test's changes back.
  useAppStore.getState().discardUnsentChanges();
  useAppStore.setState((state) => ({
    sessions: { ...state.sessions, current: session, list: [] },
    runtime: {},
    // Conversations start on the active profile's account, so one is active, as after start-up.
    profiles: {
      ...state.profiles,
      list: [OFFLINE_DEMO_PROFILE],
      activeId: OFFLINE_DEMO_PROFILE.id,
      status: 'ready',
    },
  }));
  return session;
};

export const currentPanes = () => useAppStore.getState().sessions.current?.panes ?? [];
