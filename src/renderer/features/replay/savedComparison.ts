import type { JsonValue } from '../../../shared/domain/famulor';
import type { AppState } from '../../stores/appStore';

/**
 * The panes of the last replay, kept with the session (in `session.scripts`, next to the scripts) so that its
 * turn-aligned diff is still there after a restart. The run itself (progress, Cancel) lives only in memory.
 */
export interface SavedComparison {
  scriptName: string;
  paneIds: string[];
}

const KIND = 'replay-comparison';
type StoredRecord = Record<string, JsonValue>;

const isComparisonRecord = (record: StoredRecord) => record.kind === KIND;

const toComparison = (record: StoredRecord): SavedComparison | null => {
  const { scriptName, paneIds } = record;
  return typeof scriptName === 'string' &&
    Array.isArray(paneIds) &&
    paneIds.every((id): id is string => typeof id === 'string')
    ? { scriptName, paneIds }
    : null;
};

export const readComparison = (stored: readonly StoredRecord[] | undefined): SavedComparison | null => {
  const record = (stored ?? []).findLast(isComparisonRecord);
  return record ? toComparison(record) : null;
};

/** Replaces the saved comparison (there is one at most), leaving every other record where it was. */
export const withComparison = (
  stored: readonly StoredRecord[] | undefined,
  comparison: SavedComparison,
): StoredRecord[] => [
  ...withoutComparison(stored),
  { kind: KIND, scriptName: comparison.scriptName, paneIds: [...comparison.paneIds] },
];

export const withoutComparison = (stored: readonly StoredRecord[] | undefined): StoredRecord[] =>
  (stored ?? []).filter((record) => !isComparisonRecord(record));

const cache = new WeakMap<object, SavedComparison | null>();

/** The open session's last replay comparison, memoised per `scripts` array. */
export const selectSavedComparison = (state: AppState): SavedComparison | null => {
  const scripts = state.sessions.current?.scripts;
  if (!scripts) return null;
  const cached = cache.has(scripts) ? (cache.get(scripts) ?? null) : readComparison(scripts);
  cache.set(scripts, cached);
  return cached;
};
