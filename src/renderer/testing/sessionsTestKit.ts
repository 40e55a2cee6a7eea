import type { Session } from '../../shared/domain/session';
import type { StoreProblem } from '../../shared/domain/storeProblem';
import { summarize } from '../../shared/domain/sessionSummary';
import type { Preferences } from '../../shared/ipc/channels/settings';
import type { Result } from '../../shared/result';
import { installFakeMain } from './fakeMainTestKit';
import { preferencesOf } from './storeTestKit';

/** Test support for start-up: a main with two stored sessions, preferences pointing at "b", the threads view and broadcast. */

export const session = (id: string, name: string): Session => ({
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

export const stored = { a: session('a', 'Alpha'), b: session('b', 'Beta') };
export const problem: StoreProblem = {
  id: 'session-c-notJson',
  subject: 'session',
  code: 'notJson',
  params: {},
  file: 'sessions/c.json',
  movedTo: 'sessions/c.json.corrupt-1',
};

/** A tiny main: two stored sessions, preferences pointing at "b" and the threads view, and a log of calls. */
export const fakeSessionsMain = () => {
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
          data: preferencesOf({ lastSessionId: 'b', view: 'threads', broadcast: true }),
        };
      case 'sessions:get':
      case 'sessions:delete':
        return { ok: true, data: byId(input) };
      case 'sessions:restore':
        return { ok: true, data: (input as { session: Session }).session };
      case 'preferences:update':
        return { ok: true, data: preferencesOf(input as Partial<Preferences>) };
      default:
        // A channel this main does not know fails, as one without a handler would.
        return { ok: false, error: { code: 'internal', reason: 'unexpected' } };
    }
  });
  return calls;
};
