import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CellChange, CellResult, SuiteReport } from '../../../shared/testSuite/report';

/** Where a cell ran: the assistant, the variable set and the conversation type. */
export const cellLabel = (t: TFunction, cell: CellResult): string =>
  `${cell.assistant.name} · ${cell.variableSet} · ${t(`playground.pane.${cell.type}`)}`;

const columnKey = (cell: CellResult) => JSON.stringify([cell.assistant.uuid, cell.variableSet, cell.type]);

interface RunMatrixProps {
  report: SuiteReport;
  /** Per cell, against the run compared with; null when compared with nothing. */
  changes: CellChange[] | null;
  openIndex: number | null;
  onOpen(cellIndex: number): void;
}

const SHOWN_CHANGES: ReadonlySet<CellChange> = new Set(['regression', 'fixed', 'new']);

/** Cases × cells of one run: each cell passed or failed with its share of runs, and what changed since. */
export const RunMatrix = ({ report, changes, openIndex, onOpen }: RunMatrixProps) => {
  const { t } = useTranslation();
  const columns = [...new Map(report.cells.map((cell) => [columnKey(cell), cell])).values()];
  const cases = [...new Set(report.cells.map((cell) => cell.caseName))];
  return (
    <table className="tests-matrix" aria-label={t('tests.matrixLabel')} data-testid="run-matrix">
      <thead>
        <tr>
          <th scope="col">{t('tests.case')}</th>
          {columns.map((column) => (
            <th scope="col" key={columnKey(column)}>
              {cellLabel(t, column)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {cases.map((caseName) => (
          <tr key={caseName}>
            <th scope="row">{caseName}</th>
            {columns.map((column) => {
              const index = report.cells.findIndex(
                (cell) => cell.caseName === caseName && columnKey(cell) === columnKey(column),
              );
              const cell = report.cells[index];
              if (!cell) return <td key={columnKey(column)} />;
              const change = changes?.[index];
              const verdict = t(cell.passed ? 'tests.cellPassed' : 'tests.cellFailed', {
                passed: cell.passedRuns,
                runs: cell.runs.length,
              });
              return (
                <td key={columnKey(column)} className={cell.passed ? 'tests-pass' : 'tests-fail'}>
                  <button
                    type="button"
                    className="tests-cell-button"
                    aria-pressed={openIndex === index}
                    aria-label={`${t('tests.openCell', { case: caseName, cell: cellLabel(t, cell) })}: ${verdict}`}
                    data-testid={`matrix-cell-${index}`}
                    data-passed={cell.passed}
                    onClick={() => onOpen(index)}
                  >
                    <span aria-hidden>{cell.passed ? '✓' : '✗'}</span> {cell.passedRuns}/{cell.runs.length}
                  </button>
                  {change && SHOWN_CHANGES.has(change) && (
                    <span
                      className={`tests-change tests-change--${change}`}
                      title={t(`tests.changeHint.${change as 'regression' | 'fixed' | 'new'}`)}
                      data-testid={`cell-change-${index}`}
                    >
                      {t(`tests.change.${change as 'regression' | 'fixed' | 'new'}`)}
                    </span>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
};
