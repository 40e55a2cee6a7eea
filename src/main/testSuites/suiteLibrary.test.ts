import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventName } from '../../shared/ipc/contract';
import { callChannel as call, dataOf as data } from '../testing/dispatchTestKit';
import { createRuntimeKit } from '../testing/runtimeTestKit';

// The Tests view's suites through main as the renderer reaches them, on the Offline demo.
const kit = createRuntimeKit();
afterEach(() => kit.cleanUp());

const EXAMPLES = join(__dirname, '../../../examples/suites');

const withSuite = async (name = 'clara-regression.suite.yaml') => {
  const dir = kit.newDir('tests-view-');
  const file = join(dir, name);
  copyFileSync(join(EXAMPLES, name), file);
  const runtime = await kit.boot(dir);
  const events: { name: EventName; payload: unknown }[] = [];
  runtime.services.events.subscribe((name, payload) => events.push({ name, payload }));
  const entry = data(await call(runtime.dispatcher, 'tests:add', { path: file }));
  return { dir, file, runtime, events, entry };
};

describe('test suites in the app', () => {
  it('lists an added suite with its name and size, runs it on the active profile and keeps the run', async () => {
    const { runtime, entry, events } = await withSuite();
    expect(entry).toMatchObject({
      name: 'Clara after the cancellation change',
      cases: 2,
      runs: 6,
      problems: [],
    });
    const { report, stoppedBy } = data(await call(runtime.dispatcher, 'tests:run', { id: entry.id }));
    expect(stoppedBy).toBeNull();
    expect(report.target).toBe('Offline demo');
    expect(report.cells.map((cell) => [cell.caseName, cell.passed])).toEqual([
      ['still checks the calendar first', true],
      ['cancels a booking in the chat', false],
    ]);
    const progress = events.filter((event) => event.name === 'tests:progress').map((event) => event.payload);
    expect(progress).toHaveLength(6);
    expect(progress.at(-1)).toEqual({ suiteId: entry.id, done: 6, total: 6, passed: 3 });
    expect(data(await call(runtime.dispatcher, 'tests:runs', { id: entry.id }))).toEqual([report]);
  });

  it('keeps the suites and their runs across a restart', async () => {
    const { dir, runtime, entry } = await withSuite();
    const { report } = data(await call(runtime.dispatcher, 'tests:run', { id: entry.id }));
    await kit.close(runtime);
    const again = await kit.boot(dir);
    expect(data(await call(again.dispatcher, 'tests:list', {}))).toEqual([entry]);
    expect(data(await call(again.dispatcher, 'tests:runs', { id: entry.id }))).toEqual([report]);
  });

  it('lists the problems of a broken file by line, refuses to run it, and tells when the file changes', async () => {
    const { file, runtime, entry, events } = await withSuite();
    writeFileSync(file, 'name: broken\nassistants: [Clara]\ncases:\n  - name: c\n    turns: [{ usr: hi }]\n');
    await expect
      .poll(() => events.some((event) => event.name === 'tests:changed'), { timeout: 5000 })
      .toBe(true);
    const [listed] = data(await call(runtime.dispatcher, 'tests:list', {}));
    expect(listed).toMatchObject({
      name: null,
      problems: expect.arrayContaining([expect.objectContaining({ line: 5, path: 'cases[0].turns[0]' })]),
    });
    const refused = await call(runtime.dispatcher, 'tests:run', { id: entry.id });
    expect(refused.ok ? null : refused.error).toMatchObject({
      reason: 'suite_invalid',
      params: { count: 2 },
    });
  });

  it('refuses a path that is not a file, and an assistant the account does not have', async () => {
    const { dir, file, runtime } = await withSuite();
    const missing = await call(runtime.dispatcher, 'tests:add', { path: join(dir, 'nope.yaml') });
    expect(missing.ok ? null : missing.error).toMatchObject({
      reason: 'suite_file_unreadable',
      params: { code: 'ENOENT' },
    });
    const folder = await call(runtime.dispatcher, 'tests:add', { path: dir });
    expect(folder.ok ? null : folder.error).toMatchObject({ params: { code: 'EISDIR' } });
    writeFileSync(file, 'name: n\nassistants: [Claire]\ncases: [{ name: c, turns: [{ user: hi }] }]\n');
    const [listed] = data(await call(runtime.dispatcher, 'tests:list', {}));
    const unknown = await call(runtime.dispatcher, 'tests:run', { id: listed?.id ?? '' });
    expect(unknown.ok ? null : unknown.error).toMatchObject({
      reason: 'suite_assistant_unknown',
      params: { name: 'Claire' },
    });
  });

  it('runs a suite on an assistant and its scratch copy instead of the assistants it names', async () => {
    const dir = kit.newDir('tests-lab-');
    const file = join(dir, 'calendar.suite.yaml');
    // One case, once per assistant: the account's pacer (20 calls in 10 s) would make more runs wait.
    writeFileSync(
      file,
      [
        'name: calendar first',
        'assistants: [Max]',
        'cases:',
        '  - name: still checks the calendar first',
        '    turns:',
        '      - user: Is there a free slot on 2026-12-10?',
        '        calls: [{ name: check_calendar_availability }]',
        '',
      ].join('\n'),
    );
    const runtime = await kit.boot(dir);
    const entry = data(await call(runtime.dispatcher, 'tests:add', { path: file }));
    const opened = data(await call(runtime.dispatcher, 'lab:open', { assistantId: 101 }));
    const draft = { ...opened.current, initialMessage: 'Clara here, in a draft.' };
    const copy = data(await call(runtime.dispatcher, 'lab:try', { assistantId: 101, draft }));
    const on = [opened.assistant.uuid ?? '', copy.uuid ?? ''];
    const { report } = data(await call(runtime.dispatcher, 'tests:run', { id: entry.id, on }));
    // Not on Max, whom the suite names: on Clara and the copy, which follows Clara's behaviour with its own greeting.
    expect(report.cells.map((cell) => [cell.assistant.name, cell.runs[0]?.greeting, cell.passed])).toEqual([
      ['Clara', expect.stringMatching(/^Hi, I'm Clara from /), true],
      [copy.name, 'Clara here, in a draft.', true],
    ]);

    data(await call(runtime.dispatcher, 'lab:discard', { assistantId: copy.assistantId }));
    const gone = await call(runtime.dispatcher, 'tests:run', { id: entry.id, on });
    expect(gone.ok ? null : gone.error).toMatchObject({
      reason: 'suite_assistant_unknown',
      params: { name: copy.uuid },
    });
  });

  it('moves a damaged list aside and reports it, starting empty', async () => {
    const { dir, runtime } = await withSuite();
    await kit.close(runtime);
    writeFileSync(join(dir, 'test-suites.json'), '{"schemaVersion": 1, "suites": 3}');
    const again = await kit.boot(dir);
    expect(data(await call(again.dispatcher, 'tests:list', {}))).toEqual([]);
    const loaded = data(await call(again.dispatcher, 'sessions:load', {}));
    expect(loaded.problems).toEqual([expect.objectContaining({ subject: 'testSuites', code: 'schema' })]);
    expect(readdirSync(dir).some((name) => name.startsWith('test-suites.corrupt-'))).toBe(true);
  });
});
