import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SuiteReport } from '../../../shared/testSuite/report';
import { describeError } from '../../lib/describeError';
import { useTestsStore } from './testsStore';

const fileName = (path: string) => path.split(/[\\/]/).at(-1) ?? path;
const ABSOLUTE_PATH = /^(\/|[A-Za-z]:[\\/]|\\\\)/;

/** The suites the person added, and the field that adds one by its path. */
export const SuiteList = () => {
  const { t } = useTranslation();
  const lastRunText = (report: SuiteReport | undefined) => {
    const cells = report?.cells ?? [];
    const passed = cells.filter((cell) => cell.passed).length;
    return `${passed === cells.length ? '✓' : '✗'} ${t('tests.lastRun', { passed, total: cells.length })}`;
  };
  const suites = useTestsStore((state) => state.suites);
  const selectedId = useTestsStore((state) => state.selectedId);
  const addError = useTestsStore((state) => state.addError);
  const runs = useTestsStore((state) => state.runs);
  const busy = useTestsStore((state) => state.running !== null || state.runningAll !== null);
  const runningAll = useTestsStore((state) => state.runningAll);
  const runningId = useTestsStore((state) => state.running?.suiteId ?? null);
  const runnable = suites?.some((suite) => suite.unreadable === null && suite.problems.length === 0) ?? false;
  const [path, setPath] = useState('');
  const [adding, setAdding] = useState(false);
  const [notAbsolute, setNotAbsolute] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (path.trim() === '' || adding) return;
    // Main takes full paths only; a relative one would be relative to its own working folder.
    const absolute = ABSOLUTE_PATH.test(path.trim());
    setNotAbsolute(!absolute);
    if (!absolute) return;
    setAdding(true);
    void useTestsStore
      .getState()
      .add(path.trim())
      .then((added) => {
        setAdding(false);
        // What was typed stays when it could not be added, so it can be corrected.
        if (added) setPath('');
      });
  };
  return (
    <div className="tests-list">
      <form className="tests-add" onSubmit={submit}>
        <label htmlFor="tests-add-path">{t('tests.addLabel')}</label>
        <div className="tests-add__row">
          <input
            id="tests-add-path"
            className="input"
            value={path}
            placeholder={t('tests.addPlaceholder')}
            spellCheck={false}
            onChange={(event) => setPath(event.target.value)}
            data-testid="tests-add-path"
          />
          <button
            type="submit"
            className="button"
            disabled={adding || path.trim() === ''}
            data-testid="tests-add"
          >
            {t('tests.add')}
          </button>
        </div>
        {notAbsolute && (
          <p role="alert" className="tests-error" data-testid="tests-add-error">
            {t('tests.needsFullPath')}
          </p>
        )}
        {addError && !notAbsolute && (
          <p role="alert" className="tests-error" data-testid="tests-add-error">
            {describeError(t, addError)}
          </p>
        )}
      </form>
      {suites?.length === 0 && <p className="tests-muted">{t('tests.empty')}</p>}
      {suites && suites.length > 1 && (
        <p className="tests-run-all">
          <button
            type="button"
            className="button"
            disabled={!runnable || busy}
            onClick={() => void useTestsStore.getState().runAll()}
            data-testid="tests-run-all"
          >
            {t('tests.runAll')}
          </button>{' '}
          {runningAll && (
            <span role="status" className="tests-muted">
              {t('tests.runningAll', { done: runningAll.done, count: runningAll.count })}
            </span>
          )}
        </p>
      )}
      <ul className="tests-suites" aria-label={t('tests.title')}>
        {suites?.map((suite) => (
          <li key={suite.id}>
            <button
              type="button"
              className="tests-suite"
              aria-current={suite.id === selectedId ? 'true' : undefined}
              data-testid={`suite-${suite.id}`}
              onClick={() => void useTestsStore.getState().select(suite.id)}
            >
              <span className="tests-suite__name">{suite.name ?? fileName(suite.path)}</span>
              <span className="tests-muted">
                {runningId === suite.id
                  ? `${t('tests.runningShort')} · `
                  : runs[suite.id]?.[0]
                    ? `${lastRunText(runs[suite.id]?.[0])} · `
                    : ''}
                {suite.unreadable
                  ? t('tests.unreadable', { code: suite.unreadable })
                  : suite.problems.length > 0
                    ? t('tests.problems', { count: suite.problems.length })
                    : t('tests.cases', { count: suite.cases })}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
};
