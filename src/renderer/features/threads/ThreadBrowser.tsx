import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../stores/appStore';
import { selectThreadList } from '../../stores/threadsSlice';
import { ImportThreadButton } from './ImportThreadButton';
import { OpenConversationBar } from './OpenConversationBar';
import { EMPTY_FILTERS } from '../../stores/threadFilters';
import { ThreadFiltersForm } from './ThreadFiltersForm';
import { ThreadPager } from './ThreadPager';
import { ThreadTable } from './ThreadTable';
import { useThreadListCommands } from './useThreadCommands';
import { HumanQueue } from './whatsapp/HumanQueue';
import './threadBrowser.css';

/**
 * Find a thread: open one by UUID or link, or filter and page through the account's conversations.
 * `returnFocusTo`: the thread the person comes back from, whose row takes the focus.
 */
export const ThreadBrowser = ({ returnFocusTo = null }: { returnFocusTo?: string | null }) => {
  const { t } = useTranslation();
  const list = useAppStore(selectThreadList);
  const loadPage = useAppStore((state) => state.loadThreadPage);
  const applyFilters = useAppStore((state) => state.applyThreadFilters);
  const loadAssistants = useAppStore((state) => state.loadAssistants);
  // The filter form keeps what is typed; clearing from outside it starts a fresh form.
  const [formGeneration, setFormGeneration] = useState(0);
  const shown = useAppStore((state) => state.threadBrowserView);
  const setShown = useAppStore((state) => state.showThreadBrowserView);
  useThreadListCommands();

  useEffect(() => {
    if (list.status === 'idle') void loadPage(null, 1);
  }, [list.status, loadPage]);
  useEffect(() => {
    void loadAssistants();
  }, [loadAssistants]);

  return (
    <section className="thread-browser" aria-labelledby="thread-browser-title" data-testid="thread-browser">
      <header className="threads-header">
        <div>
          <h1 id="thread-browser-title" className="threads-header__title">
            {t('threads.title')}
          </h1>
          <p className="threads-header__subtitle">{t('threads.body')}</p>
        </div>
        <div className="threads-header__open">
          <OpenConversationBar />
          <ImportThreadButton />
        </div>
      </header>
      <div className="thread-browser__views" role="group" aria-label={t('humanQueue.views')}>
        {(['all', 'queue'] as const).map((view) => (
          <button
            key={view}
            type="button"
            className="button button--small"
            aria-pressed={shown === view}
            data-testid={`threads-view-${view}`}
            onClick={() => setShown(view)}
          >
            {t(view === 'all' ? 'humanQueue.all' : 'humanQueue.tab')}
          </button>
        ))}
      </div>
      {shown === 'queue' ? (
        <HumanQueue />
      ) : (
        <>
          <ThreadFiltersForm key={formGeneration} />
          <ThreadTable
            returnFocusTo={returnFocusTo}
            onClearFilters={() => {
              setFormGeneration((value) => value + 1);
              void applyFilters({ ...EMPTY_FILTERS, perPage: list.filters.perPage });
            }}
          />
          <ThreadPager />
        </>
      )}
    </section>
  );
};
