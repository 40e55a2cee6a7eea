import { useEffect } from 'react';
import { SHELL_INTERACTIVE } from '../../../shared/perfMarks';
import { call } from '../../lib/api';
import { useAppStore, type AppState } from '../../stores/appStore';
import { preloadViews } from './lazyViews';
import { createStartupMarks } from './startupMarks';

const marks = createStartupMarks();
let sent = false;

/** The shell is usable once it knows what app it is (app:info answered, either way). */
const selectInfoSettled = (state: AppState) => state.info.data !== null || state.info.error !== null;

const whenIdle = (run: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(run) : setTimeout(run, 200);

/**
 * Marks the first render and the moment the shell is interactive, sends the marks to main (which prints them
 * with `--perf` and ignores them otherwise), then fetches the other views' code while the app is idle.
 */
export const useShellStartup = () => {
  const settled = useAppStore(selectInfoSettled);
  useEffect(() => marks.take('first render'), []);
  useEffect(() => {
    if (!settled || sent) return;
    sent = true;
    marks.take(SHELL_INTERACTIVE);
    void call('app:perfMarks', { marks: marks.list() });
    whenIdle(() => void preloadViews());
  }, [settled]);
};
