import { OFFLINE_DEMO_PROFILE } from '../../shared/domain/profile';
import type { Session } from '../../shared/domain/session';
import type { Result } from '../../shared/result';
import { useAppStore } from '../stores/appStore';
import { createPane, type PaneSettings } from '../stores/paneModel';

/** Test support: a store with one open session, and main's answers to its commands. */
/** What main answers sessions:apply with: the next revision each time (the summary is not read by the slices). */
export const sessionApplyAnswers = (): (() => Result<unknown>) => {
  let revision = 0;
  return () => ({ ok: true, data: { revision: (revision += 1), summary: {} } });
};

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
