import { OFFLINE_DEMO_PROFILE } from '../../shared/domain/profile';
import type { Session, SessionSummary } from '../../shared/domain/session';
import type { Preferences } from '../../shared/ipc/channels/settings';
import type { Result } from '../../shared/result';
import { useAppStore } from '../stores/appStore';
import { createPane, type PaneSettings } from '../stores/paneModel';

/** Test support: a store with one open session, and main's answers to its commands. */

/** A session's list entry as main keeps it. */
export const summaryOf = (id = 'session-1', name = 'Test session'): SessionSummary => ({
  id,
  name,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  assistantNames: [],
  messageCount: 0,
  preview: '',
});

/** What main answers sessions:apply with: the next revision each time, with the session's summary. */
export const sessionApplyAnswers = (): (() => Result<unknown>) => {
  let revision = 0;
  return () => ({ ok: true, data: { revision: (revision += 1), summary: summaryOf() } });
};

/** Preferences as main answers preferences:get and preferences:update. */
export const preferencesOf = (overrides: Partial<Preferences> = {}): Preferences => ({
  theme: 'system',
  language: 'system',
  lastSessionId: null,
  view: 'playground',
  broadcast: false,
  textScale: 1,
  ...overrides,
});

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
