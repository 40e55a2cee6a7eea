import type { CellChange, CellResult, SuiteReport } from './report';

/** A cell is the same cell in another run when its suite, case, assistant, variable set and type are. */
const cellKey = (suite: string, cell: CellResult) =>
  JSON.stringify([suite, cell.caseName, cell.assistant.uuid, cell.variableSet, cell.type]);

/**
 * Each cell of `current` against the same cell of `baseline`: a regression passed there and fails now, fixed is the
 * other way round; a cell the baseline does not have is new. Per suite, in the order of the current report.
 */
export const compareReports = (current: SuiteReport[], baseline: SuiteReport[]): CellChange[][] => {
  const before = new Map(
    baseline.flatMap((report) => report.cells.map((cell) => [cellKey(report.suite.name, cell), cell.passed])),
  );
  return current.map((report) =>
    report.cells.map((cell): CellChange => {
      const passedBefore = before.get(cellKey(report.suite.name, cell));
      if (passedBefore === undefined) return 'new';
      if (passedBefore) return cell.passed ? 'stillPassing' : 'regression';
      return cell.passed ? 'fixed' : 'stillFailing';
    }),
  );
};
