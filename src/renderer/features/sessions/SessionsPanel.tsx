import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { AppError } from '../../../shared/result';
import { useAppStore } from '../../stores/appStore';
import { SessionItem } from './SessionItem';
import { byRecentChange } from './sessionOrder';
import { useSessionSearch } from './useSessionSearch';
import { MAX_SEARCH_QUERY_LENGTH } from '../../../shared/limits';
import { UndoToast } from './UndoToast';
import { useCreateSession } from './useCreateSession';
import './sessions.css';
import { describeError } from '../../lib/describeError';

/** The sessions list under the sidebar's navigation; mounting it loads the sessions and reopens the last one. */
export const SessionsPanel = () => {
  const { t } = useTranslation();
  // Not the open session itself (it changes with every keystroke): the list, its state and the open one's id.
  const sessions = useAppStore(
    useShallow((state) => ({
      list: state.sessions.list,
      status: state.sessions.status,
      error: state.sessions.error,
    })),
  );
  const currentId = useAppStore((state) => state.sessions.current?.id ?? null);
  const startSessions = useAppStore((state) => state.startSessions);
  const createSession = useCreateSession();
  const [query, setQuery] = useState('');
  const [failure, setFailure] = useState<AppError | null>(null);

  const search = useSessionSearch(query, sessions.list);
  // With a query, main's hits in main's order (newest change first), each with the message it was found in.
  const visible = useMemo(() => {
    if (!search.hits) return byRecentChange(sessions.list).map((summary) => ({ summary, hit: null }));
    const byId = new Map(sessions.list.map((summary) => [summary.id, summary]));
    return search.hits.flatMap((hit) => {
      const summary = byId.get(hit.sessionId);
      return summary ? [{ summary, hit }] : [];
    });
  }, [sessions.list, search.hits]);
  const searching = query.trim() !== '' && search.hits === null && search.error === null;

  const report = (error: AppError | null) => setFailure(error);
  const create = async () => report(await createSession());

  return (
    <section className="sessions" aria-label={t('sessions.title')} data-testid="sessions-panel">
      <header className="sessions__header">
        <h2 className="sessions__title">{t('sessions.title')}</h2>
        <button
          type="button"
          className="sessions__new"
          title={t('sessions.new')}
          aria-label={t('sessions.new')}
          data-testid="session-new"
          onClick={() => void create()}
        >
          +
        </button>
      </header>
      <input
        type="search"
        className="sessions__search"
        placeholder={t('sessions.searchPlaceholder')}
        aria-label={t('sessions.search')}
        value={query}
        maxLength={MAX_SEARCH_QUERY_LENGTH}
        data-testid="session-search"
        onChange={(event) => setQuery(event.target.value)}
      />
      {failure && (
        <p className="sessions__error" role="alert">
          {t('sessions.actionFailed', { message: describeError(t, failure) })}
          <button type="button" className="sessions__link" onClick={() => setFailure(null)}>
            {t('sessions.dismiss')}
          </button>
        </p>
      )}
      {sessions.status === 'loading' && <p className="sessions__note">{t('sessions.loading')}</p>}
      {sessions.status === 'error' && sessions.error && (
        <p className="sessions__error" role="alert">
          {t('sessions.loadFailed', { message: describeError(t, sessions.error) })}
          <button type="button" className="sessions__link" onClick={() => void startSessions()}>
            {t('sessions.retry')}
          </button>
        </p>
      )}
      {search.error && (
        <p className="sessions__error" role="alert">
          {t('sessions.searchFailed', { message: describeError(t, search.error) })}
        </p>
      )}
      {sessions.status === 'ready' && !searching && !search.error && visible.length === 0 && (
        <p className="sessions__note" data-testid="sessions-empty">
          {query ? t('sessions.noMatch', { query }) : t('sessions.empty')}
        </p>
      )}
      <ul className="sessions__list" aria-label={t('sessions.title')} data-testid="session-list">
        {visible.map(({ summary, hit }) => (
          <SessionItem
            key={summary.id}
            summary={summary}
            hit={hit}
            open={summary.id === currentId}
            onError={report}
          />
        ))}
      </ul>
      <UndoToast />
    </section>
  );
};
