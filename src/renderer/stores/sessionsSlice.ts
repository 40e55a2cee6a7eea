import type { StateCreator } from 'zustand';
import type { ImportConflictPolicy, Session, SessionSummary } from '../../shared/domain/session';
import type { StoreProblem } from '../../shared/domain/storeProblem';
import type { ChannelInput, ChannelOutput } from '../../shared/ipc/contract';
import type { Preferences } from '../../shared/ipc/channels/settings';
import type { AppError, Result } from '../../shared/result';
import { call } from '../lib/api';
import type { AppState } from './appStore';
import { applySessionCommands } from '../../shared/domain/applySessionCommand';
import type { SessionCommand } from '../../shared/domain/sessionCommands';
import { summarize } from '../../shared/domain/sessionSummary';
import { emptySession } from './paneModel';
import { createSessionSync } from './sessionSync';

export interface SessionsState {
  list: SessionSummary[];
  /** Files main reset, moved aside or kept for recovery, until the person dismisses the reports. */
  problems: StoreProblem[];
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: AppError | null;
  /** The open session as the person sees it: main's copy with the changes still on their way applied. */
  current: Session | null;
  saveError: AppError | null;
  /** Whether the open session's last change is on disk (shown in the toolbar; tests wait on it before a restart). */
  saveState: 'saved' | 'pending' | 'failed';
  /** The session deleted last, kept so that the Undo toast can restore it. */
  lastDeleted: Session | null;
}

export interface SessionsSlice {
  sessions: SessionsState;
  /**
   * Loads the list, then reopens the last session (from the preferences start-up read, or read here). Safe to
   * call twice; after a failure it tries again.
   */
  startSessions(preferences?: Promise<Result<Preferences>>): Promise<void>;
  /** Sends what main has not received yet at once (the page is being hidden or closed). */
  flushSessionChanges(): void;
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
  /**
   * The session store's export envelope, written by main (which refuses a file holding a stored key), after the
   * open session's last changes reached it.
   */
  exportSessions(input: ChannelInput<'sessions:export'>): Promise<Result<ChannelOutput<'sessions:export'>>>;
  /**
   * Changes the open session at once and sends the commands to main, which applies the same commands and writes
   * them; the other slices change sessions only through this.
   */
  changeSession(commands: readonly SessionCommand[]): void;
  /** Drops the open session's changes that main has not received: its file was replaced (an import). */
  discardUnsentChanges(): void;
}

export const createSessionsSlice: StateCreator<AppState, [], [], SessionsSlice> = (set, get) => {
  const patch = (change: Partial<SessionsState>) =>
    set((state) => ({ sessions: { ...state.sessions, ...change } }));
  const upsertSummary = (summary: SessionSummary) =>
    set((state) => {
      const others = state.sessions.list.filter((item) => item.id !== summary.id);
      return { sessions: { ...state.sessions, list: [summary, ...others] } };
    });
  /** Main's copy with the unconfirmed changes applied again: after another window changed it, or refused ours. */
  const reread = async (id: string) => {
    const fresh = await call('sessions:get', { id });
    if (!fresh.ok || get().sessions.current?.id !== id) return;
    const pending = sync.unconfirmed();
    const current =
      pending.length > 0 ? applySessionCommands(fresh.data, pending, fresh.data.updatedAt) : fresh.data;
    patch({ current });
    upsertSummary(summarize(current));
  };
  const sync = createSessionSync({
    onAnswered({ sessionId, diverged }) {
      patch({ saveError: null, saveState: sync.isPending() ? 'pending' : 'saved' });
      if (diverged) void reread(sessionId);
    },
    onFailed(error, kept) {
      patch({ saveError: error, saveState: 'failed' });
      const id = get().sessions.current?.id;
      if (!kept && id) void reread(id);
    },
  });
  let started: Promise<void> | null = null;

  const show = async (session: Session) => {
    await sync.flush();
    sync.open(session.id, session.revision);
    patch({ current: session, saveState: 'saved', saveError: null });
    void call('preferences:update', { lastSessionId: session.id });
  };
  const listed = (session: Session) => upsertSummary(summarize(session));

  const start = async (preferencesAnswer: Promise<Result<Preferences>>) => {
    patch({ status: 'loading' });
    const [loaded, preferences] = await Promise.all([call('sessions:load', {}), preferencesAnswer]);
    if (!loaded.ok) {
      patch({ status: 'error', error: loaded.error });
      started = null;
      return;
    }
    patch({ status: 'ready', error: null, list: loaded.data.sessions, problems: loaded.data.problems });
    if (!preferences.ok) return;
    const lastId = preferences.data.lastSessionId;
    const opened = get().sessions.current !== null;
    if (!opened && lastId && loaded.data.sessions.some((item) => item.id === lastId))
      await get().openSession(lastId);
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
    startSessions(preferences) {
      started ??= start(preferences ?? call('preferences:get', {}));
      return started;
    },
    flushSessionChanges() {
      sync.flushNow();
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
      await sync.flush();
      const result = await call('sessions:import', { json, ...(onConflict ? { onConflict } : {}) });
      if (!result.ok || result.data.imported.length === 0) return result;
      const openId = get().sessions.current?.id;
      if (openId !== undefined && result.data.replaced.includes(openId)) {
        get().discardUnsentChanges();
        patch({ current: null });
        await get().openSession(openId);
      }
      const loaded = await call('sessions:load', {});
      if (loaded.ok) patch({ list: loaded.data.sessions });
      return result;
    },
    async exportSessions(input) {
      await sync.flush();
      return call('sessions:export', input);
    },
    async renameSession(id, name) {
      const rename: SessionCommand = { type: 'rename', name };
      if (get().sessions.current?.id === id) {
        get().changeSession([rename]);
        return sync.flush();
      }
      const result = await call('sessions:apply', { id, commands: [rename] });
      if (!result.ok) return result.error;
      upsertSummary(result.data.summary);
      return null;
    },
    async duplicateSession(id) {
      await sync.flush();
      const result = await call('sessions:duplicate', { id });
      if (!result.ok) return result.error;
      listed(result.data);
      await show(result.data);
      return null;
    },
    async deleteSession(id) {
      await sync.flush();
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
      // Listed before the undo is withdrawn: at no moment is the session neither listed nor undoable (the prompt
      // lab deletes a comparison's scratch copies when its session is gone for good).
      listed(result.data);
      patch({ lastDeleted: null });
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
    changeSession(commands) {
      const current = get().sessions.current;
      if (!current || commands.length === 0) return;
      const next = applySessionCommands(current, commands, new Date().toISOString());
      if (next === current) return;
      // The list entry follows every change (computed as main's index computes it), except a draft's: nothing it
      // shows depends on one, and the list need not render on every key.
      const listed = commands.some((command) => command.type !== 'setDraft');
      set((state) => ({
        sessions: {
          ...state.sessions,
          current: next,
          saveState: 'pending',
          ...(listed
            ? { list: [summarize(next), ...state.sessions.list.filter((item) => item.id !== next.id)] }
            : {}),
        },
      }));
      sync.push(next.id, commands);
    },
    discardUnsentChanges() {
      sync.discard();
      patch({ saveState: 'saved' });
    },
  };
};

export const selectSessionList = (state: AppState) => state.sessions.list;
/** The open session (null when none is open). */
export const selectCurrentSession = (state: AppState) => state.sessions.current;
