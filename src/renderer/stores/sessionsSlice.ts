import type { StateCreator } from 'zustand';
import type { ImportConflictPolicy, Session, SessionSummary } from '../../shared/domain/session';
import type { StoreProblem } from '../../shared/domain/storeProblem';
import type { ChannelOutput } from '../../shared/ipc/contract';
import type { AppError, Result } from '../../shared/result';
import { call } from '../lib/api';
import type { AppState } from './appStore';
import { summarize } from '../../shared/domain/sessionSummary';
import { emptySession } from './paneModel';
import { createSessionSaver } from './sessionSaver';
import { useUiStore, type View } from './uiStore';

export interface SessionsState {
  list: SessionSummary[];
  /** Files main reset, moved aside or kept for recovery, until the person dismisses the reports. */
  problems: StoreProblem[];
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: AppError | null;
  /** The open session; every change to it is saved (debounced). */
  current: Session | null;
  saveError: AppError | null;
  /** Whether the open session's last change is on disk (shown in the toolbar; tests wait on it before a restart). */
  saveState: 'saved' | 'pending' | 'failed';
  /** The session deleted last, kept so that the Undo toast can restore it. */
  lastDeleted: Session | null;
}

export interface SessionsSlice {
  sessions: SessionsState;
  /** Loads the list and preferences, then reopens the last session and view. Safe to call twice; after a failure it tries again. */
  startSessions(): Promise<void>;
  createSession(name: string): Promise<AppError | null>;
  openSession(id: string): Promise<AppError | null>;
  renameSession(id: string, name: string): Promise<AppError | null>;
  duplicateSession(id: string): Promise<AppError | null>;
  deleteSession(id: string): Promise<AppError | null>;
  undoDelete(): Promise<AppError | null>;
  /** Dismisses the shown reports in main too, so they do not come back at the next start. */
  dismissProblems(): Promise<void>;
  dismissDeleted(): void;
  /**
   * Imports an export file. Without a policy main imports nothing while any session already exists and reports
   * the conflicts, so the person can choose; with one it applies it. The list follows, and an open session that
   * was replaced is opened again from disk.
   */
  importSessions(
    json: string,
    onConflict?: ImportConflictPolicy,
  ): Promise<Result<ChannelOutput<'sessions:import'>>>;
  /** Changes the open session and schedules its save; the other slices change sessions only through this. */
  updateSession(change: (session: Session) => Session): void;
}

const VIEWS: readonly View[] = ['playground', 'threads', 'settings'];
const isView = (value: string): value is View => (VIEWS as readonly string[]).includes(value);

export const createSessionsSlice: StateCreator<AppState, [], [], SessionsSlice> = (set, get) => {
  const patch = (change: Partial<SessionsState>) =>
    set((state) => ({ sessions: { ...state.sessions, ...change } }));
  const upsertSummary = (summary: SessionSummary) =>
    set((state) => {
      const others = state.sessions.list.filter((item) => item.id !== summary.id);
      return { sessions: { ...state.sessions, list: [summary, ...others] } };
    });
  const saver = createSessionSaver(
    () => patch({ saveError: null, saveState: saver.isPending() ? 'pending' : 'saved' }),
    (error) => patch({ saveError: error, saveState: 'failed' }),
  );
  let started: Promise<void> | null = null;

  const show = async (session: Session) => {
    await saver.flush();
    patch({ current: session });
    void call('preferences:update', { lastSessionId: session.id });
  };
  const listed = (session: Session) => upsertSummary(summarize(session));

  let rememberingView = false;
  const start = async () => {
    if (!rememberingView) {
      rememberingView = true;
      useUiStore.subscribe((ui, previous) => {
        if (ui.view !== previous.view) void call('preferences:update', { view: ui.view });
      });
    }
    patch({ status: 'loading' });
    const [loaded, preferences] = await Promise.all([call('sessions:load', {}), call('preferences:get', {})]);
    if (!loaded.ok) {
      patch({ status: 'error', error: loaded.error });
      started = null;
      return;
    }
    patch({ status: 'ready', error: null, list: loaded.data.sessions, problems: loaded.data.problems });
    if (!preferences.ok) return;
    if (isView(preferences.data.view)) useUiStore.getState().setView(preferences.data.view);
    const lastId = preferences.data.lastSessionId;
    if (lastId && loaded.data.sessions.some((item) => item.id === lastId)) await get().openSession(lastId);
  };

  return {
    sessions: {
      list: [],
      problems: [],
      status: 'idle',
      error: null,
      current: null,
      saveError: null,
      saveState: 'saved',
      lastDeleted: null,
    },
    startSessions() {
      started ??= start();
      return started;
    },
    async createSession(name) {
      const result = await call('sessions:create', emptySession(name));
      if (!result.ok) return result.error;
      listed(result.data);
      await show(result.data);
      return null;
    },
    async openSession(id) {
      if (get().sessions.current?.id === id) return null;
      const result = await call('sessions:get', { id });
      if (!result.ok) return result.error;
      await show(result.data);
      return null;
    },
    async importSessions(json, onConflict) {
      // What the person changed before choosing the file is on disk before main compares and replaces.
      await saver.flush();
      const result = await call('sessions:import', { json, ...(onConflict ? { onConflict } : {}) });
      if (!result.ok || result.data.imported.length === 0) return result;
      const openId = get().sessions.current?.id;
      if (openId !== undefined && result.data.replaced.includes(openId)) {
        saver.discard();
        patch({ current: null, saveState: 'saved' });
        await get().openSession(openId);
      }
      const loaded = await call('sessions:load', {});
      if (loaded.ok) patch({ list: loaded.data.sessions });
      return result;
    },
    async renameSession(id, name) {
      await saver.flush();
      const result = await call('sessions:rename', { id, name });
      if (!result.ok) return result.error;
      set((state) => ({
        sessions: {
          ...state.sessions,
          list: state.sessions.list.map((item) =>
            item.id === id ? { ...item, name: result.data.name } : item,
          ),
          current:
            state.sessions.current?.id === id
              ? { ...state.sessions.current, name: result.data.name }
              : state.sessions.current,
        },
      }));
      return null;
    },
    async duplicateSession(id) {
      await saver.flush();
      const result = await call('sessions:duplicate', { id });
      if (!result.ok) return result.error;
      listed(result.data);
      await show(result.data);
      return null;
    },
    async deleteSession(id) {
      await saver.flush();
      const result = await call('sessions:delete', { id });
      if (!result.ok) return result.error;
      const wasOpen = get().sessions.current?.id === id;
      set((state) => ({
        sessions: {
          ...state.sessions,
          list: state.sessions.list.filter((item) => item.id !== id),
          current: wasOpen ? null : state.sessions.current,
          lastDeleted: result.data,
        },
      }));
      if (wasOpen) void call('preferences:update', { lastSessionId: null });
      return null;
    },
    async undoDelete() {
      const deleted = get().sessions.lastDeleted;
      if (!deleted) return null;
      const result = await call('sessions:restore', { session: deleted });
      if (!result.ok) return result.error;
      patch({ lastDeleted: null });
      listed(result.data);
      await show(result.data);
      return null;
    },
    async dismissProblems() {
      const ids = get().sessions.problems.map((problem) => problem.id);
      patch({ problems: [] });
      const result = await call('sessions:dismissProblems', { ids });
      if (result.ok) patch({ problems: result.data.problems });
    },
    dismissDeleted: () => patch({ lastDeleted: null }),
    updateSession(change) {
      const current = get().sessions.current;
      if (!current) return;
      const next = { ...change(current), updatedAt: new Date().toISOString() };
      // The list entry follows every change (computed as main's index computes it), not only saved ones.
      set((state) => ({
        sessions: {
          ...state.sessions,
          current: next,
          saveState: 'pending',
          list: [summarize(next), ...state.sessions.list.filter((item) => item.id !== next.id)],
        },
      }));
      saver.schedule(next);
    },
  };
};

export const selectSessionList = (state: AppState) => state.sessions.list;
/** The open session (null when none is open). */
export const selectCurrentSession = (state: AppState) => state.sessions.current;
