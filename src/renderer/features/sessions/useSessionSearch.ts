import { useEffect, useMemo, useState } from 'react';
import type { SessionSummary } from '../../../shared/domain/session';
import type { SessionSearchHit } from '../../../shared/domain/sessionSearch';
import type { AppError } from '../../../shared/result';
import { call } from '../../lib/api';

export interface SessionSearchState {
  /** The matching sessions in main's order, each with where it matched; null while there is no query. */
  hits: SessionSearchHit[] | null;
  error: AppError | null;
}

const NO_SEARCH: SessionSearchState = { hits: null, error: null };

/**
 * Asks main's full-text index on every change of the query (a search answers within a keystroke), and again
 * when a session's messages or name change while the search is shown. An answer to an older query is dropped.
 */
export const useSessionSearch = (query: string, sessions: readonly SessionSummary[]): SessionSearchState => {
  const [state, setState] = useState<SessionSearchState>(NO_SEARCH);
  const trimmed = query.trim();
  // What search results depend on; a keystroke in a draft changes a summary's time only, not this.
  const contents = useMemo(
    () => sessions.map((session) => `${session.id}:${session.messageCount}:${session.name}`).join('\n'),
    [sessions],
  );

  useEffect(() => {
    if (trimmed === '') return;
    let current = true;
    void call('sessions:search', { query: trimmed }).then((result) => {
      if (!current) return;
      setState(result.ok ? { hits: result.data.hits, error: null } : { hits: null, error: result.error });
    });
    return () => {
      current = false;
    };
  }, [trimmed, contents]);

  return trimmed === '' ? NO_SEARCH : state;
};
