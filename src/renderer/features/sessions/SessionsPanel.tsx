import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { AppError } from '../../../shared/result';
import { useAppStore } from '../../stores/appStore';
import { SessionItem } from './SessionItem';
import { byRecentChange, filterSessions } from './sessionSearch';
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

  useEffect(() => {
    void startSessions();
  }, [startSessions]);

  const visible = useMemo(() => filterSessions(byRecentChange(sessions.list), query), [sessions.list, query]);

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
      {sessions.status === 'ready' && visible.length === 0 && (
        <p className="sessions__note" data-testid="sessions-empty">
          {query ? t('sessions.noMatch', { query }) : t('sessions.empty')}
        </p>
      )}
      <ul className="sessions__list" data-testid="session-list">
        {visible.map((summary) => (
          <SessionItem key={summary.id} summary={summary} open={summary.id === currentId} onError={report} />
        ))}
      </ul>
      <UndoToast />
    </section>
  );
};
