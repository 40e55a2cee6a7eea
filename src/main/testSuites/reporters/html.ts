import { escapeHtml } from '../../../shared/export/escape';
import type {
  CaseRun,
  CellChange,
  CellResult,
  ExpectationOutcome,
  SuiteReport,
  SuiteReportFile,
} from '../../../shared/testSuite/report';
import {
  cellTitle,
  changeText,
  errorText,
  expectationFinding,
  expectationTitle,
  passRateText,
} from './describe';

// One file that opens offline: its styles inline, no script, nothing fetched.
const STYLE = `
body { font: 14px/1.5 system-ui, sans-serif; margin: 24px; color: #1d2330; }
h1 { font-size: 20px; margin: 0 0 16px; } h2 { font-size: 17px; margin: 24px 0 4px; }
.meta { color: #5a6272; margin: 0 0 16px; }
table.matrix { border-collapse: collapse; margin-bottom: 24px; }
.matrix th, .matrix td { border: 1px solid #d5d9e0; padding: 4px 10px; text-align: left; }
.matrix td.cell a { text-decoration: none; font-weight: 600; }
.pass { color: #17663a; } .fail { color: #b3261e; } .error { color: #8a5300; }
section.cell { border: 1px solid #d5d9e0; border-radius: 6px; padding: 8px 14px; margin: 12px 0; }
section.cell h3 { font-size: 15px; margin: 4px 0; }
ol.transcript { list-style: none; padding: 0; }
.transcript li { margin: 4px 0; padding: 4px 8px; border-radius: 4px; }
.user { background: #eef3ff; } .assistant { background: #f4f5f7; }
.call { font-family: ui-monospace, monospace; font-size: 12px; color: #36415a; }
ul.expectations { padding-left: 18px; }
.expectations li.fail { background: #fdecea; }
.change { font-size: 12px; padding: 1px 6px; border-radius: 8px; margin-left: 6px; }
.change--regression { background: #b3261e; color: #fff; } .change--fixed { background: #17663a; color: #fff; }
`;

const statusClass = (cell: CellResult) =>
  cell.passed ? 'pass' : cell.runs.every((run) => run.status === 'error') ? 'error' : 'fail';

const expectationItem = (file: string, outcome: ExpectationOutcome) =>
  `<li class="${outcome.passed ? 'pass' : 'fail'}">${outcome.passed ? '✓' : '✗'} ${escapeHtml(expectationTitle(outcome))}${
    outcome.passed ? '' : ` — ${escapeHtml(expectationFinding(outcome))}`
  } <small>(${escapeHtml(file)}:${outcome.line})</small></li>`;

const runSection = (file: string, run: CaseRun) => {
  const turns = run.turns.map(
    (turn) =>
      `<li class="user"><b>user:</b> ${escapeHtml(turn.user)}</li>` +
      turn.functionCalls
        .map(
          (call) =>
            `<li class="call">${escapeHtml(call.name)}(${escapeHtml(JSON.stringify(call.arguments))}) → ${escapeHtml(JSON.stringify(call.result))}</li>`,
        )
        .join('') +
      `<li class="assistant"><b>assistant</b> <small>${Math.round(turn.latencyMs)} ms</small>: ${escapeHtml(turn.reply ?? '—')}</li>` +
      (turn.expectations.length > 0
        ? `<li><ul class="expectations">${turn.expectations.map((outcome) => expectationItem(file, outcome)).join('')}</ul></li>`
        : ''),
  );
  const caseChecks =
    run.expectations.length > 0
      ? `<ul class="expectations">${run.expectations.map((outcome) => expectationItem(file, outcome)).join('')}</ul>`
      : '';
  return `<details${run.status === 'passed' ? '' : ' open'}><summary class="${run.status === 'passed' ? 'pass' : run.status === 'error' ? 'error' : 'fail'}">Run ${run.attempt}: ${run.status}${
    run.conversationId ? ` · conversation ${escapeHtml(run.conversationId)}` : ''
  }</summary><ol class="transcript">${run.greeting ? `<li class="assistant"><b>assistant:</b> ${escapeHtml(run.greeting)}</li>` : ''}${turns.join('')}</ol>${caseChecks}${
    run.error ? `<p class="error">${escapeHtml(errorText(run.error))}</p>` : ''
  }</details>`;
};

/** The cells' columns: every assistant × variable set × type the matrix has, in the report's order. */
const columnKey = (cell: CellResult) => JSON.stringify([cell.assistant.uuid, cell.variableSet, cell.type]);

const columnsOf = (report: SuiteReport) => [
  ...new Map(
    report.cells.map((cell) => {
      const key = columnKey(cell);
      return [key, { key, label: `${cell.assistant.name} · ${cell.variableSet} · ${cell.type}` }];
    }),
  ).values(),
];

/** One suite: the matrix of cases × cells, then every cell's runs with their transcripts. */
const suiteSection = (report: SuiteReport, suiteIndex: number, changes: CellChange[] | undefined): string => {
  const badge = (index: number) => {
    const text = changeText(changes?.[index]);
    return text ? ` <span class="change change--${changes?.[index] ?? ''}">${escapeHtml(text)}</span>` : '';
  };
  const columns = columnsOf(report);
  const cases = [...new Set(report.cells.map((cell) => cell.caseName))];
  const anchor = (index: number) => `suite-${suiteIndex}-cell-${index}`;
  const rows = cases.map((caseName) => {
    const cells = columns.map((column) => {
      const index = report.cells.findIndex(
        (cell) => cell.caseName === caseName && columnKey(cell) === column.key,
      );
      const cell = report.cells[index];
      return cell
        ? `<td class="cell ${statusClass(cell)}"><a class="${statusClass(cell)}" href="#${anchor(index)}">${cell.passed ? '✓' : '✗'} ${passRateText(cell)}</a>${badge(index)}</td>`
        : '<td></td>';
    });
    return `<tr><th>${escapeHtml(caseName)}</th>${cells.join('')}</tr>`;
  });
  const passed = report.cells.filter((cell) => cell.passed).length;
  const sections = report.cells.map(
    (cell, index) =>
      `<section class="cell" id="${anchor(index)}"><h3 class="${statusClass(cell)}">${cell.passed ? '✓' : '✗'} ${escapeHtml(cellTitle(cell))} — ${passRateText(cell)}${badge(index)}</h3>${cell.runs
        .map((run) => runSection(report.suite.file, run))
        .join('')}</section>`,
  );
  return `<h2>${escapeHtml(report.suite.name)}</h2>
<p class="meta">${passed} of ${report.cells.length} passed · ${escapeHtml(report.suite.file)} against ${escapeHtml(report.target)} · started ${escapeHtml(report.startedAt)} · ${(report.durationMs / 1000).toFixed(1)} s · pass rate needed ${Math.round(report.passRate * 100)} %</p>
<table class="matrix"><thead><tr><th>case</th>${columns.map((column) => `<th>${escapeHtml(column.label)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>
${sections.join('\n')}`;
};

/** A self-contained HTML report of every suite run. */
export const toHtml = ({ suites: reports, comparison }: SuiteReportFile): string => {
  const cells = reports.flatMap((report) => report.cells);
  const passed = cells.filter((cell) => cell.passed).length;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test report — ${passed} of ${cells.length} passed</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>${STYLE}</style></head><body>
<h1>Test report: ${passed} of ${cells.length} passed</h1>
${comparison ? `<p class="meta">Compared with ${escapeHtml(comparison.baseline)}</p>\n` : ''}${reports.map((report, index) => suiteSection(report, index, comparison?.changes[index])).join('\n')}
</body></html>
`;
};
