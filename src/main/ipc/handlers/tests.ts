import type { testsChannels } from '../../../shared/ipc/channels/tests';
import { AppFailure } from '../../../shared/result';
import type { FamulorGateway } from '../../famulor/gateway';
import type { EventBus } from '../../events';
import type { ProfileStore } from '../../profiles/profileStore';
import type { SuiteLibrary } from '../../testSuites/suiteLibrary';
import type { HandlerGroup } from '../handlerTypes';

export interface TestsHandlerDeps {
  suites: SuiteLibrary;
  famulor: FamulorGateway;
  profiles: ProfileStore;
  events: EventBus;
}

/** Runs in flight at once, as the CLI's default: the account pacer keeps them within Famulor's limit. */
const CONCURRENCY = 4;

/** The Tests view's suites: listed, added and removed, run against the active profile, their runs kept. */
export const testsHandlers = ({
  suites,
  famulor,
  profiles,
  events,
}: TestsHandlerDeps): HandlerGroup<keyof typeof testsChannels> => ({
  'tests:list': () => suites.list(),
  'tests:add': ({ path }) => suites.add(path),
  'tests:remove': async ({ id }) => {
    suites.remove(id);
    return {};
  },
  'tests:runs': async ({ id }) => suites.runs(id),
  'tests:run': async ({ id, on }) => {
    const { path, parsed } = await suites.read(id);
    if (!parsed.ok)
      throw new AppFailure({
        code: 'validation',
        reason: 'suite_invalid',
        params: { count: parsed.problems.length },
      });
    const { suite, locate } = parsed;
    // Loaded with the first run, as the suite parser is (suiteLibrary.ts): the expectations compile JSON Schemas.
    const [{ resolveAssistants }, { runSuite }] = await Promise.all([
      import('../../testSuites/resolveAssistants'),
      import('../../testSuites/runSuite'),
    ]);
    const client = await famulor.active();
    const references = on ?? suite.assistants;
    const resolved = await resolveAssistants(references, client);
    if (!resolved.ok) {
      const [first] = resolved.problems;
      const index = typeof first?.path[1] === 'number' ? first.path[1] : 0;
      throw new AppFailure({
        code: 'validation',
        reason: 'suite_assistant_unknown',
        params: { name: references[index] ?? '' },
      });
    }
    let passed = 0;
    const { report, stoppedBy } = await runSuite({
      suite,
      file: path,
      target: profiles.active().name,
      assistants: resolved.assistants,
      locate,
      client,
      concurrency: CONCURRENCY,
      onRun: (_cell, run, done, total) => {
        if (run.status === 'passed') passed += 1;
        events.emit('tests:progress', { suiteId: id, done, total, passed });
      },
    });
    suites.keepRun(id, report);
    return { report, stoppedBy };
  },
});
