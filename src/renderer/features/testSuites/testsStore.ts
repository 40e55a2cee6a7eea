import { create } from 'zustand';
import type { SuiteEntry } from '../../../shared/ipc/channels/tests';
import type { AppError } from '../../../shared/result';
import type { SuiteReport } from '../../../shared/testSuite/report';
import { breaksConnection } from '../../../shared/domain/connectionHealth';
import { call, subscribe } from '../../lib/api';

export interface RunProgress {
  suiteId: string;
  done: number;
  total: number;
  passed: number;
}

/** Which cell's runs are open: the suite, the run (by its start) and the cell's place in it. */
export interface OpenCell {
  suiteId: string;
  startedAt: string;
  cellIndex: number;
}

interface TestsState {
  suites: SuiteEntry[] | null;
  listError: AppError | null;
  addError: AppError | null;
  selectedId: string | null;
  /** Each suite's kept runs, the latest first, once read. */
  runs: Record<string, SuiteReport[]>;
  running: RunProgress | null;
  /** Why the last run could not start or was stopped, for the suite it was of. */
  runFailure: { suiteId: string; error: AppError } | null;
  /** The earlier run the latest is compared with, by its place in `runs` (1: the one before). */
  compareWith: number;
  openCell: OpenCell | null;
  load(): Promise<void>;
  add(path: string): Promise<boolean>;
  remove(id: string): Promise<void>;
  select(id: string): Promise<void>;
  /** With `on` (assistant uuids or ids), on those instead of the suite's own assistants. */
  run(id: string, on?: readonly string[]): Promise<void>;
  /** Runs every suite that can run, one after another; stops at a failure that says Famulor cannot be used. */
  runAll(): Promise<void>;
  /** While `runAll` works: how many suites it runs, and which is running. */
  runningAll: { done: number; count: number } | null;
  setCompareWith(index: number): void;
  showCell(cell: OpenCell | null): void;
}

/** The Tests view's state: the suites main lists, their kept runs, the run in progress. */
export const useTestsStore = create<TestsState>((set, get) => ({
  suites: null,
  listError: null,
  addError: null,
  selectedId: null,
  runs: {},
  running: null,
  runFailure: null,
  compareWith: 1,
  openCell: null,
  runningAll: null,
  async load() {
    const result = await call('tests:list', {});
    if (!result.ok) return set({ listError: result.error });
    const { selectedId } = get();
    const stillThere = result.data.some((suite) => suite.id === selectedId);
    set({
      suites: result.data,
      listError: null,
      selectedId: stillThere ? selectedId : (result.data[0]?.id ?? null),
    });
    // Each suite's kept runs, so the list can say how each did last.
    const missing = result.data.filter((suite) => !get().runs[suite.id]);
    const read = await Promise.all(
      missing.map(async (suite) => [suite.id, await call('tests:runs', { id: suite.id })] as const),
    );
    set((state) => ({
      runs: {
        ...state.runs,
        ...Object.fromEntries(read.flatMap(([id, runs]) => (runs.ok ? [[id, runs.data]] : []))),
      },
    }));
  },
  async add(path) {
    set({ addError: null });
    const result = await call('tests:add', { path });
    if (!result.ok) {
      set({ addError: result.error });
      return false;
    }
    await get().load();
    await get().select(result.data.id);
    return true;
  },
  async remove(id) {
    const result = await call('tests:remove', { id });
    if (!result.ok) return set({ listError: result.error });
    set((state) => ({ selectedId: state.selectedId === id ? null : state.selectedId, openCell: null }));
    await get().load();
  },
  async select(id) {
    set({ selectedId: id, openCell: null, compareWith: 1 });
    const result = await call('tests:runs', { id });
    if (result.ok) set((state) => ({ runs: { ...state.runs, [id]: result.data } }));
  },
  async run(id, on) {
    if (get().running) return;
    set({ running: { suiteId: id, done: 0, total: 0, passed: 0 }, runFailure: null, openCell: null });
    const result = await call('tests:run', { id, ...(on ? { on: [...on] } : {}) });
    set({ running: null });
    if (!result.ok) return set({ runFailure: { suiteId: id, error: result.error } });
    const { report, stoppedBy } = result.data;
    set((state) => ({
      runs: { ...state.runs, [id]: [report, ...(state.runs[id] ?? [])] },
      compareWith: 1,
      runFailure: stoppedBy ? { suiteId: id, error: stoppedBy } : null,
    }));
  },
  async runAll() {
    if (get().running || get().runningAll) return;
    const runnable = (get().suites ?? []).filter(
      (suite) => suite.unreadable === null && suite.problems.length === 0,
    );
    set({ runningAll: { done: 0, count: runnable.length } });
    for (const [index, suite] of runnable.entries()) {
      await get().run(suite.id);
      set({ runningAll: { done: index + 1, count: runnable.length } });
      const failure = get().runFailure;
      // The key refused or Famulor unreachable: every other suite would stop the same way.
      if (failure?.suiteId === suite.id && breaksConnection(failure.error)) break;
    }
    set({ runningAll: null });
  },
  setCompareWith: (index) => set({ compareWith: index }),
  showCell: (cell) => set({ openCell: cell }),
}));

/** Main's pushes while the Tests view is open: a suite file changed, a run moved on. Returns the unsubscriber. */
export const followTestEvents = (): (() => void) => {
  const stopChanges = subscribe('tests:changed', () => void useTestsStore.getState().load());
  const stopProgress = subscribe('tests:progress', (progress) => {
    if (useTestsStore.getState().running?.suiteId === progress.suiteId)
      useTestsStore.setState({ running: progress });
  });
  return () => {
    stopChanges();
    stopProgress();
  };
};
