import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../shared/result';
import { useAppStore } from './appStore';
import { summarize } from '../../shared/domain/sessionSummary';
import type { Preferences } from '../../shared/ipc/channels/settings';
import { preferencesOf } from '../testing/storeTestKit';
import { installFakeMain, removeFakeMain } from '../testing/fakeMainTestKit';
import { fakeSessionsMain, problem, session, stored } from '../testing/sessionsTestKit';

describe('sessions slice', () => {
  afterEach(removeFakeMain);

  it('loads the list and its problems, then reopens the last session', async () => {
    fakeSessionsMain();
    await useAppStore.getState().startSessions();
    const { sessions } = useAppStore.getState();
    expect(sessions.list.map((item) => item.id)).toEqual(['a', 'b']);
    expect(sessions.problems).toEqual([problem]);
    expect(sessions.current?.id).toBe('b');
  });

  it('keeps the session the person opened while the app was still starting', async () => {
    // A fresh app: the shared store above has started already, and starting happens once.
    vi.resetModules();
    const fresh = await import('./appStore');
    fakeSessionsMain();
    window.api['sessions:create'] = async () => ({ ok: true, data: session('c', 'Gamma') });
    let answerPreferences: (answer: Result<Preferences>) => void = () => undefined;
    const preferences = new Promise<Result<Preferences>>((resolve) => (answerPreferences = resolve));
    const starting = fresh.useAppStore.getState().startSessions(preferences);
    await fresh.useAppStore.getState().createSession('Gamma');
    answerPreferences({ ok: true, data: preferencesOf({ lastSessionId: 'b' }) });
    await starting;
    expect(fresh.useAppStore.getState().sessions.current?.id).toBe('c');
  });

  it('deletes the open session and brings it back on undo', async () => {
    const calls = fakeSessionsMain();
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
            data: {
              imported: ['a'],
              conflicts: [],
              skipped: [],
              replaced: ['a'],
              backups: [],
              assistantVersions: 0,
            },
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
