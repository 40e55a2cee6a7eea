import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/describeError';
import { SuiteDetail } from './SuiteDetail';
import { SuiteList } from './SuiteList';
import { followTestEvents, useTestsStore } from './testsStore';
import './tests.css';

/** The Tests view: suite files listed and watched, run against the active profile, their runs compared. */
export const TestsView = () => {
  const { t } = useTranslation();
  const listError = useTestsStore((state) => state.listError);
  const selected = useTestsStore(
    (state) => state.suites?.find((suite) => suite.id === state.selectedId) ?? null,
  );
  useEffect(() => {
    const stop = followTestEvents();
    void useTestsStore.getState().load();
    return stop;
  }, []);
  return (
    <div className="tests-view" data-testid="tests-view">
      <aside className="tests-view__side">
        <h1>{t('tests.title')}</h1>
        <p className="tests-muted">{t('tests.intro')}</p>
        {listError && (
          <p role="alert" className="tests-error">
            {t('tests.loadFailed', { message: describeError(t, listError) })}
          </p>
        )}
        <SuiteList />
      </aside>
      <main className="tests-view__main">{selected && <SuiteDetail suite={selected} />}</main>
    </div>
  );
};
