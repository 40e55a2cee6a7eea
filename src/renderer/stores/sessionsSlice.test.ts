import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Session } from '../../shared/domain/session';
import type { StoreProblem } from '../../shared/domain/storeProblem';
import type { Result } from '../../shared/result';
import { useAppStore } from './appStore';
import { summarize } from '../../shared/domain/sessionSummary';
import { useUiStore } from './uiStore';
import type { Preferences } from '../../shared/ipc/channels/settings';
import { preferencesOf } from '../testing/storeTestKit';
import { installFakeMain, removeFakeMain } from '../testing/fakeMainTestKit';

const session = (id: string, name: string): Session => ({
  id,
  name,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
  notes: '',
  revision: 0,
  variableSets: [],
  replayScripts: [],
  lastComparison: null,
  panes: [],
});

const stored = { a: session('a', 'Alpha'), b: session('b', 'Beta') };
const problem: StoreProblem = {
  id: 'session-c-notJson',
  subject: 'session',
  code: 'notJson',
  params: {},
  file: 'sessions/c.json',
  movedTo: 'sessions/c.json.corrupt-1',
};

/** A tiny main: two stored sessions, preferences pointing at "b" and the threads view, and a log of calls. */
const fakeMain = () => {
  const calls: { channel: string; input: unknown }[] = [];
  installFakeMain(async (channel, input): Promise<Result<unknown>> => {
    calls.push({ channel, input });
    const byId = (value: unknown) => stored[(value as { id: 'a' | 'b' }).id];
    switch (channel) {
      case 'sessions:load':
        return { ok: true, data: { sessions: Object.values(stored).map(summarize), problems: [problem] } };
      case 'preferences:get':
        return {
          ok: true,
          data: preferencesOf({ lastSessionId: 'b', view: 'threads' }),
        };
      case 'sessions:get':
      case 'sessions:delete':
        return { ok: true, data: byId(input) };
      case 'sessions:restore':
        return { ok: true, data: (input as { session: Session }).session };
      case 'preferences:update':
        return { ok: true, data: preferencesOf(input as Partial<Preferences>) };
      default:
        return { ok: true, data: {} };
    }
  });
  return calls;
};

describe('sessions slice', () => {
  afterEach(removeFakeMain);

  it('loads the list and its problems, then reopens the last session and view', async () => {
    const calls = fakeMain();
    await useAppStore.getState().startSessions();
    const { sessions } = useAppStore.getState();
    expect(sessions.list.map((item) => item.id)).toEqual(['a', 'b']);
    expect(sessions.problems).toEqual([problem]);
    expect(sessions.current?.id).toBe('b');
    expect(useUiStore.getState().view).toBe('threads');

    useUiStore.getState().setView('playground');
    expect(calls.at(-1)).toEqual({ channel: 'preferences:update', input: { view: 'playground' } });
  });

  it('keeps the view and the session the person opened while the app was still starting', async () => {
    // A fresh app: the shared store above has started already, and starting happens once.
    vi.resetModules();
    const fresh = { app: await import('./appStore'), ui: await import('./uiStore') };
    const calls = fakeMain();
    let answerPreferences: () => void = () => undefined;
    const slowPreferences = new Promise<void>((resolve) => (answerPreferences = resolve));
    const answer = window.api['preferences:get'];
    window.api['preferences:get'] = async (input) => {
      await slowPreferences;
      return answer(input);
    };
    window.api['sessions:create'] = async () => ({ ok: true, data: session('c', 'Gamma') });
    const starting = fresh.app.useAppStore.getState().startSessions();
    fresh.ui.useUiStore.getState().setView('settings');
    await fresh.app.useAppStore.getState().createSession('Gamma');
    fresh.ui.useUiStore.getState().setView('settings');
    answerPreferences();
    await starting;
    expect(fresh.ui.useUiStore.getState().view).toBe('settings');
    expect(fresh.app.useAppStore.getState().sessions.current?.id).toBe('c');
    expect(calls).toContainEqual({ channel: 'preferences:update', input: { view: 'settings' } });
  });

  it('deletes the open session and brings it back on undo', async () => {
    const calls = fakeMain();
    useAppStore.setState((state) => ({
      sessions: { ...state.sessions, list: Object.values(stored).map(summarize), current: null },
    }));
    expect(await useAppStore.getState().openSession('b')).toBeNull();
    expect(useAppStore.getState().sessions.current?.id).toBe('b');
    expect(await useAppStore.getState().deleteSession('b')).toBeNull();
    expect(useAppStore.getState().sessions.current).toBeNull();
    expect(useAppStore.getState().sessions.list.map((item) => item.id)).toEqual(['a']);
    expect(calls).toContainEqual({ channel: 'preferences:update', input: { lastSessionId: null } });

    expect(await useAppStore.getState().undoDelete()).toBeNull();
    expect(calls).toContainEqual({ channel: 'sessions:restore', input: { session: stored.b } });
    expect(useAppStore.getState().sessions.current?.id).toBe('b');
    expect(
      useAppStore
        .getState()
        .sessions.list.map((item) => item.id)
        .sort(),
    ).toEqual(['a', 'b']);
    expect(useAppStore.getState().sessions.lastDeleted).toBeNull();
  });

  it('saves a pending change before an import, and does not write it back over the session the import replaced', async () => {
    const imported = { ...session('a', 'Alpha from the file'), notes: 'imported' };
    const calls: { channel: string; input: unknown }[] = [];
    installFakeMain(async (channel, input): Promise<Result<unknown>> => {
      calls.push({ channel, input });
      switch (channel) {
        case 'sessions:import':
          return {
            ok: true,
            data: { imported: ['a'], conflicts: [], skipped: [], replaced: ['a'], backups: [] },
          };
        case 'sessions:get':
          return { ok: true, data: imported };
        case 'sessions:load':
          return { ok: true, data: { sessions: [summarize(imported)], problems: [] } };
        case 'sessions:apply':
          return { ok: true, data: { revision: 1, summary: summarize(stored.a) } };
        case 'preferences:update':
          return { ok: true, data: preferencesOf(input as Partial<Preferences>) };
        default:
          return { ok: true, data: {} };
      }
    });
    useAppStore.setState((state) => ({ sessions: { ...state.sessions, current: stored.a } }));
    useAppStore.getState().changeSession([{ type: 'rename', name: 'Renamed before the import' }]);

    const result = await useAppStore.getState().importSessions('{}', 'replace');
    expect(result.ok).toBe(true);
    const channels = calls.map((entry) => entry.channel);
    expect(channels.indexOf('sessions:apply')).toBeGreaterThan(-1);
    expect(channels.indexOf('sessions:apply')).toBeLessThan(channels.indexOf('sessions:import'));
    expect(useAppStore.getState().sessions.current).toEqual(imported);
    expect(useAppStore.getState().sessions.list.map((item) => item.name)).toEqual(['Alpha from the file']);

    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(calls.filter((entry) => entry.channel === 'sessions:apply')).toHaveLength(1);
  });
});
