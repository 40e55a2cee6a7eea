import { useDeferredValue, useMemo, useState } from 'react';
import type { HistoryEntry } from '../../../shared/domain/famulor';
import { findMatches, matchesByMessage, stepMatch, type SearchMatch } from './threadSearch';

export interface ThreadSearch {
  query: string;
  setQuery(query: string): void;
  matches: SearchMatch[];
  byMessage: Map<number, { first: number; matches: SearchMatch[] }>;
  /** Index into `matches`, -1 when there is none. */
  current: number;
  step(direction: 1 | -1): void;
}

/** Search state for one thread. The search runs on a deferred copy of the query so typing never stutters. */
export const useThreadSearch = (history: readonly HistoryEntry[]): ThreadSearch => {
  const [query, setQueryState] = useState('');
  const [current, setCurrent] = useState(0);
  const deferredQuery = useDeferredValue(query);
  const contents = useMemo(() => history.map((entry) => entry.content), [history]);
  const matches = useMemo(() => findMatches(contents, deferredQuery), [contents, deferredQuery]);
  const byMessage = useMemo(() => matchesByMessage(matches), [matches]);
  const valid = matches.length === 0 ? -1 : Math.min(current, matches.length - 1);
  return {
    query,
    setQuery: (next) => {
      setQueryState(next);
      setCurrent(0);
    },
    matches,
    byMessage,
    current: valid,
    step: (direction) => setCurrent(stepMatch(valid, matches.length, direction)),
  };
};
