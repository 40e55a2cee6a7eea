import { fileSlug } from '../../../shared/export/model';
import type { sessionChannels } from '../../../shared/ipc/channels/sessions';
import { AppFailure } from '../../../shared/result';
import type { AssistantLab } from '../../assistantLab/lab';
import type { SessionStore } from '../../sessions/sessionStoreApi';
import type { ProblemLedger } from '../../storeProblems/problemLedger';
import type { HandlerGroup } from '../handlerTypes';

export interface SessionHandlerDeps {
  sessions: SessionStore;
  /** The keys the secret store holds, so that an export can refuse to carry one of them. */
  knownSecrets: () => Promise<string[]>;
  /** Problems found with files before the sessions were loaded (settings, profiles, preferences). */
  startupProblems: () => ReturnType<SessionStore['problems']>;
  /** Keeps every report until the person dismisses it, across restarts. */
  problemLedger: ProblemLedger;
  /** The prompt lab's versions travel with the sessions. */
  lab: Pick<AssistantLab, 'exportedVersions' | 'importVersions'>;
}

/** One session is named after itself, like its Markdown and HTML exports; a backup of several by their count. */
const exportFileName = (exported: readonly Record<string, unknown>[], now: Date) => {
  const day = now.toISOString().slice(0, 10);
  const [only] = exported;
  if (exported.length === 1 && typeof only?.name === 'string') {
    return `${fileSlug(only.name) || 'session'}-${day}.json`;
  }
  return `famulor-sessions-${exported.length}-${day}.json`;
};

export const sessionHandlers = ({
  sessions,
  knownSecrets,
  startupProblems,
  problemLedger,
  lab,
}: SessionHandlerDeps): HandlerGroup<keyof typeof sessionChannels> => ({
  'sessions:load': async () => ({
    sessions: sessions.list(),
    problems: problemLedger.record([...startupProblems(), ...sessions.problems()]),
  }),
  'sessions:dismissProblems': async ({ ids }) => ({ problems: problemLedger.dismiss(ids) }),
  'sessions:search': async ({ query }) => ({ hits: sessions.search(query) }),
  'sessions:get': async ({ id }) => sessions.get(id),
  'sessions:create': async (draft) => sessions.create(draft),
  'sessions:apply': async ({ id, commands }) => sessions.apply(id, commands),
  'sessions:duplicate': async ({ id }) => sessions.duplicate(id),
  'sessions:delete': async ({ id }) => sessions.delete(id),
  'sessions:restore': async ({ session }) => sessions.restore(session),
  'sessions:export': async ({ ids, redactSecrets }) => {
    const data = sessions.exportSessions({
      ...(ids ? { ids } : {}),
      redactSecrets,
      knownSecrets: await knownSecrets(),
      assistantVersions: (exported) => lab.exportedVersions(ids ? exported : 'all'),
    });
    return {
      fileName: exportFileName(data.sessions, new Date()),
      json: `${JSON.stringify(data, null, 2)}\n`,
      count: data.sessions.length,
    };
  },
  'sessions:import': async ({ json, onConflict }) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch {
      throw new AppFailure({
        code: 'validation',
        reason: 'import_not_json',
      });
    }
    return sessions.importSessions(parsed, {
      ...(onConflict ? { onConflict } : {}),
      importVersions: (versions) => lab.importVersions(versions),
    });
  },
});
