import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareReports } from '../../../shared/testSuite/compareReports';
import type { SuiteReport } from '../../../shared/testSuite/report';
import type { SuiteEntry } from '../../../shared/ipc/channels/tests';
import { describeError } from '../../lib/describeError';
import { CellRuns } from './CellRuns';
import { RunMatrix } from './RunMatrix';
import { useTestsStore } from './testsStore';

const NO_RUNS: SuiteReport[] = [];

/** One suite: its file, its problems or its latest run as a matrix, compared with an earlier run. */
export const SuiteDetail = ({ suite }: { suite: SuiteEntry }) => {
  const { t, i18n } = useTranslation();
  const runs = useTestsStore((state) => state.runs[suite.id] ?? NO_RUNS);
  const running = useTestsStore((state) => (state.running?.suiteId === suite.id ? state.running : null));
  const busy = useTestsStore((state) => state.running !== null || state.runningAll !== null);
  const failure = useTestsStore((state) =>
    state.runFailure?.suiteId === suite.id ? state.runFailure.error : null,
  );
  const compareWith = useTestsStore((state) => state.compareWith);
  const openCell = useTestsStore((state) => state.openCell);
  const [latest] = runs;
  const earlier = runs[compareWith] ?? null;
  const changes = useMemo(
    () => (latest && earlier ? (compareReports([latest], [earlier])[0] ?? null) : null),
    [latest, earlier],
  );
  const date = (report: SuiteReport) => new Date(report.startedAt).toLocaleString(i18n.language);
  const regressions = changes?.filter((change) => change === 'regression').length ?? 0;
  const fixed = changes?.filter((change) => change === 'fixed').length ?? 0;
  const shownCell =
    latest && openCell?.suiteId === suite.id && openCell.startedAt === latest.startedAt
      ? latest.cells[openCell.cellIndex]
      : undefined;
  const runnable = suite.unreadable === null && suite.problems.length === 0;
  // Removing drops the kept runs too: it asks first.
  const [confirmingRemove, setConfirmingRemove] = useState(false);
  return (
    <section className="tests-detail" aria-labelledby="tests-detail-title">
      <header className="tests-detail__header">
        <div>
          <h2 id="tests-detail-title">{suite.name ?? suite.path}</h2>
          <code className="tests-muted">{suite.path}</code>
        </div>
        <span className="tests-detail__spacer" />
        {confirmingRemove ? (
          <span role="group" aria-label={t('tests.remove')} className="tests-confirm">
            {t('tests.removeConfirm', { count: runs.length })}{' '}
            <button
              type="button"
              className="button tests-danger"
              onClick={() => void useTestsStore.getState().remove(suite.id)}
              data-testid="suite-remove-confirm"
            >
              {t('tests.removeYes')}
            </button>{' '}
            <button type="button" className="button" onClick={() => setConfirmingRemove(false)}>
              {t('tests.removeNo')}
            </button>
          </span>
        ) : (
          <button
            type="button"
            className="button"
            onClick={() => setConfirmingRemove(true)}
            data-testid="suite-remove"
          >
            {t('tests.remove')}
          </button>
        )}
        <button
          type="button"
          className="button button--primary"
          disabled={!runnable || busy}
          aria-busy={running !== null}
          title={runnable ? t('tests.runsToDo', { count: suite.runs }) : undefined}
          onClick={() => void useTestsStore.getState().run(suite.id)}
          data-testid="suite-run"
        >
          {latest ? t('tests.runAgain') : t('tests.run')}
        </button>
      </header>
      {running && (
        <p role="status" className="tests-progress" data-testid="suite-progress">
          {running.total === 0
            ? t('tests.runStarting')
            : t('tests.running', { done: running.done, total: running.total, passed: running.passed })}
          <progress max={Math.max(1, running.total)} value={running.done} />
        </p>
      )}
      {suite.unreadable && (
        <p role="alert" className="tests-error">
          {t('tests.unreadable', { code: suite.unreadable })}
        </p>
      )}
      {suite.problems.length > 0 && (
        <ul className="tests-problems" data-testid="suite-problems">
          {suite.problems.map((problem, index) => (
            <li key={index}>
              <b>{t('tests.problemAt', { line: problem.line, column: problem.column })}</b>
              {problem.path && <code> {problem.path}</code>}: {problem.message}
            </li>
          ))}
        </ul>
      )}
      {failure && (
        <p role="alert" className="tests-error" data-testid="suite-run-failure">
          {t('tests.runFailed', { message: describeError(t, failure) })}
        </p>
      )}
      {!latest && runnable && !running && <p className="tests-muted">{t('tests.noRuns')}</p>}
      {latest && (
        <>
          <p className="tests-summary" data-testid="run-summary">
            {t('tests.summary', {
              passed: latest.cells.filter((cell) => cell.passed).length,
              total: latest.cells.length,
              date: date(latest),
              target: latest.target,
              seconds: (latest.durationMs / 1000).toFixed(1),
            })}
          </p>
          {runs.length > 1 && (
            <p className="tests-compare">
              <label htmlFor="tests-compare">{t('tests.compareWith')}</label>{' '}
              <select
                id="tests-compare"
                className="input"
                value={compareWith}
                onChange={(event) => useTestsStore.getState().setCompareWith(Number(event.target.value))}
                data-testid="run-compare"
              >
                <option value={0}>{t('tests.compareNone')}</option>
                {runs.slice(1).map((run, index) => (
                  <option key={run.startedAt} value={index + 1}>
                    {t('tests.runLabel', { date: date(run) })}
                  </option>
                ))}
              </select>{' '}
              {changes && (
                <span data-testid="run-changes">
                  {t('tests.regressions', { count: regressions })} · {t('tests.fixed', { count: fixed })}
                </span>
              )}
            </p>
          )}
          <RunMatrix
            report={latest}
            changes={changes}
            openIndex={shownCell ? (openCell?.cellIndex ?? null) : null}
            onOpen={(cellIndex) =>
              useTestsStore.getState().showCell({ suiteId: suite.id, startedAt: latest.startedAt, cellIndex })
            }
          />
          {shownCell && <CellRuns cell={shownCell} onClose={() => useTestsStore.getState().showCell(null)} />}
        </>
      )}
    </section>
  );
};
