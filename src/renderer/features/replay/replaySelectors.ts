import type { AppState } from '../../stores/appStore';
import { readScripts, type ReplayScript } from './script';

const cache = new WeakMap<object, ReplayScript[]>();
const NONE: ReplayScript[] = [];

/** The open session's replay scripts, memoised per `scripts` array so components re-render only on change. */
export const selectReplayScripts = (state: AppState): ReplayScript[] => {
  const scripts = state.sessions.current?.scripts;
  if (!scripts) return NONE;
  const cached = cache.get(scripts) ?? readScripts(scripts);
  cache.set(scripts, cached);
  return cached;
};
