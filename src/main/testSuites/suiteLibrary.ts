import { randomUUID } from 'node:crypto';
import { readFileSync, statSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { z } from 'zod';
import type { StoreProblem } from '../../shared/domain/storeProblem';
import type { SuiteEntry } from '../../shared/ipc/channels/tests';
import { AppFailure } from '../../shared/result';
import { SuiteReportSchema, type SuiteReport } from '../../shared/testSuite/report';
import { jsonFileOptions, type CreateJsonFile } from '../storage/jsonFile';
import { openStoreFile } from '../storage/storeFile';
import type { ParsedSuite } from './suiteFile';

export const TEST_SUITES_FILE_NAME = 'test-suites';
/** Runs kept per suite: enough to compare with the last few, without the file growing for ever. */
export const KEPT_RUNS = 10;
/** Editors save in bursts (write, rename, chmod): one change is told once they are done. */
const CHANGE_SETTLE_MS = 150;

const LibraryFileSchema = z.object({
  schemaVersion: z.literal(1),
  suites: z.array(z.object({ id: z.string(), path: z.string(), addedAt: z.string() })),
  runs: z.record(z.string(), z.array(SuiteReportSchema)),
});
type LibraryFile = z.infer<typeof LibraryFileSchema>;

export interface SuiteLibrary {
  list(): Promise<SuiteEntry[]>;
  add(path: string): Promise<SuiteEntry>;
  remove(id: string): void;
  /** The suite file as it is now, read for a run. */
  read(id: string): Promise<{ path: string; parsed: ParsedSuite }>;
  runs(id: string): SuiteReport[];
  keepRun(id: string, report: SuiteReport): void;
  problems(): StoreProblem[];
  close(): void;
}

export interface SuiteLibraryOptions {
  dir: string;
  createJsonFile: CreateJsonFile;
  now: () => Date;
  /** A listed file changed on disk. */
  onChange: (suiteId: string) => void;
  logger: { error(message: string, detail?: unknown): void };
}

type FileState = { kind: 'ok'; text: string } | { kind: 'unreadable'; code: string };

const readSuiteFile = (path: string): FileState => {
  try {
    return { kind: 'ok', text: readFileSync(path, 'utf8') };
  } catch (error) {
    return { kind: 'unreadable', code: (error as NodeJS.ErrnoException).code ?? 'EIO' };
  }
};

type ParseSuite = (text: string) => ParsedSuite;

/**
 * The suite parser (with YAML and a JSON Schema compiler, two thirds of main's code by size) is loaded when a suite
 * is first read, not with main's runtime: most starts never open the Tests view.
 */
let parserLoading: Promise<ParseSuite> | null = null;
const suiteParser = () =>
  (parserLoading ??= import('./suiteFile').then(({ parseSuiteText }) => parseSuiteText));

const entryOf = (suite: { id: string; path: string }, parseSuiteText: ParseSuite): SuiteEntry => {
  const file = readSuiteFile(suite.path);
  const parsed = file.kind === 'ok' ? parseSuiteText(file.text) : null;
  if (!parsed?.ok)
    return {
      id: suite.id,
      path: suite.path,
      name: null,
      cases: 0,
      runs: 0,
      unreadable: file.kind === 'unreadable' ? file.code : null,
      problems: parsed?.problems ?? [],
    };
  const { suite: spec } = parsed;
  const cells = spec.matrix.types.length * spec.matrix.variableSets.length * spec.assistants.length;
  const runs = spec.cases.reduce((sum, testCase) => sum + (testCase.repeat ?? spec.repeat) * cells, 0);
  return {
    id: suite.id,
    path: suite.path,
    name: spec.name,
    cases: spec.cases.length,
    runs,
    unreadable: null,
    problems: [],
  };
};

/**
 * The suite files the person added to the Tests view, and the runs kept of each, in one file of the user data
 * folder. The suite files stay where they are (in the person's repository, next to their prompts): they are read
 * whenever listed or run, and watched, so an edit made in an editor shows at once.
 */
export const createSuiteLibrary = ({
  dir,
  createJsonFile,
  now,
  onChange,
  logger,
}: SuiteLibraryOptions): SuiteLibrary => {
  const opened = openStoreFile({
    createJsonFile,
    dir,
    name: TEST_SUITES_FILE_NAME,
    schema: LibraryFileSchema,
    subject: 'testSuites',
    now,
  });
  const { problems } = opened;
  let { handle } = opened;
  let data: LibraryFile = opened.data ?? { schemaVersion: 1, suites: [], runs: {} };

  const save = () => {
    handle ??= createJsonFile(jsonFileOptions(dir, TEST_SUITES_FILE_NAME));
    handle.store = data;
  };

  const watchers = new Map<string, { watcher: FSWatcher; timer: NodeJS.Timeout | null }>();
  const startWatching = (suite: { id: string; path: string }) => {
    // The folder, not the file: editors save by writing a new file and renaming it over the old one.
    try {
      const state: { watcher: FSWatcher; timer: NodeJS.Timeout | null } = {
        watcher: watch(dirname(suite.path), (_event, name) => {
          if (name !== basename(suite.path)) return;
          if (state.timer) clearTimeout(state.timer);
          state.timer = setTimeout(() => onChange(suite.id), CHANGE_SETTLE_MS);
        }),
        timer: null,
      };
      state.watcher.on('error', (error) => logger.error(`Stopped watching ${suite.path}`, error));
      watchers.set(suite.id, state);
    } catch (error) {
      // A folder that is gone cannot be watched; the list shows the file as unreadable.
      logger.error(`Cannot watch ${suite.path}`, error);
    }
  };
  const stopWatching = (id: string) => {
    const state = watchers.get(id);
    if (state?.timer) clearTimeout(state.timer);
    state?.watcher.close();
    watchers.delete(id);
  };
  data.suites.forEach(startWatching);

  const suiteOf = (id: string) => {
    const suite = data.suites.find((candidate) => candidate.id === id);
    if (!suite) throw new AppFailure({ code: 'not_found', reason: 'suite_gone' });
    return suite;
  };

  return {
    list: async () => {
      const parse = await suiteParser();
      return data.suites.map((suite) => entryOf(suite, parse));
    },
    async add(path) {
      // The channel takes absolute paths only: one relative to main's working folder would mean nothing to the person.
      const absolute = resolve(path);
      const existing = data.suites.find((suite) => suite.path === absolute);
      const parse = await suiteParser();
      if (existing) return entryOf(existing, parse);
      let isFile = false;
      try {
        isFile = statSync(absolute).isFile();
      } catch (error) {
        throw new AppFailure({
          code: 'validation',
          reason: 'suite_file_unreadable',
          params: { code: (error as NodeJS.ErrnoException).code ?? 'EIO' },
        });
      }
      if (!isFile)
        throw new AppFailure({
          code: 'validation',
          reason: 'suite_file_unreadable',
          params: { code: 'EISDIR' },
        });
      const suite = { id: randomUUID(), path: absolute, addedAt: now().toISOString() };
      data = { ...data, suites: [...data.suites, suite] };
      save();
      startWatching(suite);
      return entryOf(suite, parse);
    },
    remove(id) {
      suiteOf(id);
      stopWatching(id);
      const { [id]: _removed, ...runs } = data.runs;
      data = { ...data, suites: data.suites.filter((suite) => suite.id !== id), runs };
      save();
    },
    async read(id) {
      const suite = suiteOf(id);
      const file = readSuiteFile(suite.path);
      if (file.kind === 'unreadable')
        throw new AppFailure({
          code: 'validation',
          reason: 'suite_file_unreadable',
          params: { code: file.code },
        });
      const parse = await suiteParser();
      return { path: suite.path, parsed: parse(file.text) };
    },
    runs: (id) => [...(data.runs[suiteOf(id).id] ?? [])],
    keepRun(id, report) {
      suiteOf(id);
      data = {
        ...data,
        runs: { ...data.runs, [id]: [report, ...(data.runs[id] ?? [])].slice(0, KEPT_RUNS) },
      };
      try {
        save();
      } catch (error) {
        // The run is still shown; only keeping it for later failed.
        logger.error('Could not keep the test run', error);
      }
    },
    problems: () => [...problems],
    close() {
      for (const id of [...watchers.keys()]) stopWatching(id);
    },
  };
};
