import type { ReplayComparison, ReplayScript } from '../../../shared/domain/session';
import type { AppState } from '../../stores/appStore';

const NONE: ReplayScript[] = [];

/** The open session's replay scripts. */
export const selectReplayScripts = (state: AppState): ReplayScript[] =>
  state.sessions.current?.replayScripts ?? NONE;

/** The panes of the open session's last replay, whose turn-aligned diff is shown again after a restart. */
export const selectSavedComparison = (state: AppState): ReplayComparison | null =>
  state.sessions.current?.lastComparison ?? null;
