import type {
  CaseRun,
  CellChange,
  CellResult,
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

// XML 1.0 allows neither these control characters nor unpaired surrogates, even escaped.
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const xml = (text: string): string =>
  text
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

const seconds = (ms: number) => (ms / 1000).toFixed(3);

/** Each failed expectation of a run as `file:line: what was expected — what came back`. */
const runFindings = (file: string, run: CaseRun): string[] => {
  const lines = [
    ...run.turns.flatMap((turn, index) => turn.expectations.map((outcome) => ({ outcome, turn: index + 1 }))),
    ...run.expectations.map((outcome) => ({ outcome, turn: null })),
  ]
    .filter(({ outcome }) => !outcome.passed)
    .map(
      ({ outcome, turn }) =>
        `${file}:${outcome.line}: ${turn ? `turn ${turn}: ` : ''}${expectationTitle(outcome)} — ${expectationFinding(outcome)}`,
    );
  if (run.error) lines.push(`turn ${run.turns.length + 1}: ${errorText(run.error)}`);
  return lines.map((line) => `run ${run.attempt}: ${line}`);
};

const transcript = (run: CaseRun): string =>
  [
    `run ${run.attempt} (${run.status}), conversation ${run.conversationId ?? '—'}`,
    ...(run.greeting ? [`assistant: ${run.greeting}`] : []),
    ...run.turns.flatMap((turn) => [
      `user: ${turn.user}`,
      ...turn.functionCalls.map(
        (call) => `  call ${call.name}(${JSON.stringify(call.arguments)}) → ${JSON.stringify(call.result)}`,
      ),
      `assistant (${Math.round(turn.latencyMs)} ms): ${turn.reply ?? '—'}`,
    ]),
  ].join('\n');

const testcase = (report: SuiteReport, cell: CellResult, change: CellChange | undefined): string => {
  const duration = cell.runs.reduce((sum, run) => sum + run.durationMs, 0);
  const open = `    <testcase name="${xml(cellTitle(cell))}" classname="${xml(report.suite.name)}" file="${xml(report.suite.file)}" line="${cell.caseLine}" time="${seconds(duration)}">`;
  if (cell.passed) return `${open}</testcase>`;
  const findings = cell.runs.flatMap((run) => runFindings(report.suite.file, run));
  const errorsOnly = cell.runs.every((run) => run.status === 'error');
  const regression = change === 'regression' ? `${changeText(change)} — ` : '';
  const message =
    regression +
    (cell.runs.length === 0
      ? 'not run: the suite was stopped'
      : `${passRateText(cell)} runs passed, ${Math.round(report.passRate * 100)} % needed${findings[0] ? ` — ${findings[0]}` : ''}`);
  const element = errorsOnly ? 'error' : 'failure';
  return [
    open,
    `      <${element} message="${xml(message)}">${xml(findings.join('\n'))}</${element}>`,
    `      <system-out>${xml(cell.runs.map(transcript).join('\n\n'))}</system-out>`,
    '    </testcase>',
  ].join('\n');
};

const counts = (cells: CellResult[]) => {
  const failed = cells.filter((cell) => !cell.passed);
  // A cell whose runs all ended in an error (or never ran) is an error: the case could not be judged.
  const errors = failed.filter((cell) => cell.runs.every((run) => run.status === 'error')).length;
  return { tests: cells.length, failures: failed.length - errors, errors };
};

const suiteElement = (report: SuiteReport, changes: CellChange[] | undefined): string => {
  const { tests, failures, errors } = counts(report.cells);
  return [
    `  <testsuite name="${xml(report.suite.name)}" tests="${tests}" failures="${failures}" errors="${errors}" time="${seconds(report.durationMs)}" timestamp="${xml(report.startedAt)}" file="${xml(report.suite.file)}">`,
    ...report.cells.map((cell, index) => testcase(report, cell, changes?.[index])),
    '  </testsuite>',
  ].join('\n');
};

/** JUnit XML as CI systems read it: a testsuite per suite, a testcase per case and cell, failures by line. */
export const toJunit = ({ suites: reports, comparison }: SuiteReportFile): string => {
  const { tests, failures, errors } = counts(reports.flatMap((report) => report.cells));
  const time = reports.reduce((sum, report) => sum + report.durationMs, 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="Famulor Playground" tests="${tests}" failures="${failures}" errors="${errors}" time="${seconds(time)}">`,
    ...reports.map((report, index) => suiteElement(report, comparison?.changes[index])),
    '</testsuites>',
    '',
  ].join('\n');
};
