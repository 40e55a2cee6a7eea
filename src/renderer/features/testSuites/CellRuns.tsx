import { useTranslation } from 'react-i18next';
import type { CaseRun, CellResult } from '../../../shared/testSuite/report';
import { describeError } from '../../lib/describeError';
import { ExpectationList } from './ExpectationList';
import { cellLabel } from './RunMatrix';

const RunTranscript = ({ run }: { run: CaseRun }) => {
  const { t } = useTranslation();
  return (
    <details className="tests-run" open={run.status !== 'passed'} data-testid={`cell-run-${run.attempt}`}>
      <summary className={`tests-status tests-status--${run.status}`}>
        {t('tests.attempt', { attempt: run.attempt })}: {t(`tests.status.${run.status}`)}
        {run.conversationId && <> · {t('tests.conversation', { id: run.conversationId.slice(0, 8) })}</>}
      </summary>
      <ol className="tests-transcript">
        {run.greeting && (
          <li className="tests-message tests-message--assistant">
            <b>{t('tests.assistant')}:</b> {run.greeting}
          </li>
        )}
        {run.turns.map((turn, index) => (
          <li key={index}>
            <div className="tests-message tests-message--user">
              <b>{t('tests.you')}:</b> {turn.user}
            </div>
            {turn.functionCalls.map((functionCall, callIndex) => (
              <div key={callIndex} className="tests-call">
                ƒ {functionCall.name}({JSON.stringify(functionCall.arguments)}) →{' '}
                {JSON.stringify(functionCall.result)}
              </div>
            ))}
            <div className="tests-message tests-message--assistant">
              <b>{t('tests.assistant')}</b>{' '}
              <small>{t('tests.latency', { ms: Math.round(turn.latencyMs) })}</small>: {turn.reply ?? '—'}
            </div>
            <ExpectationList outcomes={turn.expectations} />
          </li>
        ))}
      </ol>
      {run.expectations.length > 0 && (
        <>
          <h4>{t('tests.caseChecks')}</h4>
          <ExpectationList outcomes={run.expectations} />
        </>
      )}
      {run.error && (
        <p role="alert" className="tests-error">
          {describeError(t, run.error)}
        </p>
      )}
    </details>
  );
};

/** Every run of one cell, each with its transcript and expectations, the failed ones open. */
export const CellRuns = ({ cell, onClose }: { cell: CellResult; onClose(): void }) => {
  const { t } = useTranslation();
  return (
    <section
      className="tests-cell"
      aria-label={t('tests.cellTitle', { case: cell.caseName, cell: cellLabel(t, cell) })}
      data-testid="cell-runs"
    >
      <header className="tests-cell__header">
        <h3>{t('tests.cellTitle', { case: cell.caseName, cell: cellLabel(t, cell) })}</h3>
        <button type="button" className="button button--small" onClick={onClose}>
          {t('tests.close')}
        </button>
      </header>
      {cell.runs.map((run) => (
        <RunTranscript key={run.attempt} run={run} />
      ))}
    </section>
  );
};
