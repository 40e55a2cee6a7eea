import { join } from 'node:path';
import { breaksConnection } from '../../shared/domain/connectionHealth';
import { AppFailure } from '../../shared/result';
import { compareReports } from '../../shared/testSuite/compareReports';
import {
  SUITE_REPORT_FORMAT,
  SuiteReportFileSchema,
  type SuiteReport,
  type SuiteReportFile,
} from '../../shared/testSuite/report';
import type { TestCommandArgs } from './cliArgs';
import type { ConnectedTarget, TargetOutcome } from './cliTarget';
import {
  cellTitle,
  changeText,
  errorText,
  expectationFinding,
  expectationTitle,
  passRateText,
} from './reporters/describe';
import { toHtml } from './reporters/html';
import { toJunit } from './reporters/junit';
import { resolveAssistants } from './resolveAssistants';
import { runSuite } from './runSuite';
import { parseSuiteText, type ParsedSuite, type SuiteProblem } from './suiteFile';

export const EXIT = { passed: 0, failed: 1, badSuite: 2, unreachable: 3 } as const;

export interface TestCommandDeps {
  args: TestCommandArgs;
  readFile: (path: string) => Promise<string>;
  writeFile: (path: string, text: string) => Promise<void>;
  makeDir: (path: string) => Promise<void>;
  connect: (args: TestCommandArgs) => Promise<TargetOutcome>;
  print: (line: string) => void;
}

/** Per failed cell in the terminal; the reports have them all. */
const MAX_FINDINGS_PRINTED = 8;

const REPORT_FILES = { junit: 'junit.xml', html: 'report.html', json: 'report.json' } as const;

const problemLines = (file: string, problems: SuiteProblem[]) =>
  problems.map(
    (problem) =>
      `${file}:${problem.line}:${problem.column}: ${problem.path ? `${problem.path}: ` : ''}${problem.message}`,
  );

type ReadSuite = { file: string; parsed: Extract<ParsedSuite, { ok: true }> };

const readSuites = async (deps: TestCommandDeps): Promise<ReadSuite[] | null> => {
  const suites: ReadSuite[] = [];
  let bad = false;
  for (const file of deps.args.files) {
    let text: string;
    try {
      text = await deps.readFile(file);
    } catch (error) {
      deps.print(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      bad = true;
      continue;
    }
    const parsed = parseSuiteText(text);
    if (parsed.ok) suites.push({ file, parsed });
    else {
      problemLines(file, parsed.problems).forEach(deps.print);
      bad = true;
    }
  }
  return bad ? null : suites;
};

/** One suite: its assistants found in the account, then every case run; null when the suite cannot run. */
const runOne = async (
  deps: TestCommandDeps,
  target: ConnectedTarget,
  { file, parsed }: ReadSuite,
): Promise<{ report: SuiteReport | null; exit: number | null }> => {
  const { suite, locate } = parsed;
  const resolved = await resolveAssistants(suite.assistants, target.client);
  if (!resolved.ok) {
    problemLines(
      file,
      resolved.problems.map((problem) => ({ ...locate(problem.path), path: '', message: problem.message })),
    ).forEach(deps.print);
    return { report: null, exit: EXIT.badSuite };
  }
  deps.print(`${suite.name} (${file}) against ${target.label}`);
  const { report, stoppedBy } = await runSuite({
    suite,
    file,
    target: target.label,
    assistants: resolved.assistants,
    locate,
    client: target.client,
    concurrency: deps.args.concurrency,
    onRun: (cell, _run, done, total) => {
      const repeat = suite.cases.find((testCase) => testCase.name === cell.caseName)?.repeat ?? suite.repeat;
      if (cell.runs.length < repeat) return;
      const passed = cell.passedRuns / repeat >= suite.passRate;
      deps.print(`  ${passed ? '✓' : '✗'} ${cellTitle(cell)} ${passRateText(cell)}  (${done}/${total})`);
      if (passed) return;
      // The same finding in several runs is printed once, with the runs it came up in.
      const findings = new Map<string, number[]>();
      for (const run of cell.runs) {
        const failed = [...run.turns.flatMap((turn) => turn.expectations), ...run.expectations].filter(
          (outcome) => !outcome.passed,
        );
        const lines = failed.map(
          (outcome) =>
            `${file}:${outcome.line}: ${expectationTitle(outcome)} — ${expectationFinding(outcome)}`,
        );
        if (run.error) lines.push(`${file}: ${errorText(run.error)}`);
        for (const line of lines) findings.set(line, [...(findings.get(line) ?? []), run.attempt]);
      }
      for (const [line, runs] of [...findings].slice(0, MAX_FINDINGS_PRINTED))
        deps.print(`      ${line}${repeat > 1 ? ` (run ${runs.join(', ')})` : ''}`);
    },
  });
  if (stoppedBy) {
    deps.print(`Stopped: Famulor could not be used — ${errorText(stoppedBy)}`);
    return { report, exit: EXIT.unreachable };
  }
  return { report, exit: null };
};

const writeReports = async (deps: TestCommandDeps, file: SuiteReportFile) => {
  const { outDir, reporters } = deps.args;
  await deps.makeDir(outDir);
  const texts = {
    junit: () => toJunit(file),
    html: () => toHtml(file),
    json: () => `${JSON.stringify(file, null, 2)}\n`,
  };
  for (const reporter of reporters)
    await deps.writeFile(join(outDir, REPORT_FILES[reporter]), texts[reporter]());
  deps.print(`Reports: ${reporters.map((reporter) => join(outDir, REPORT_FILES[reporter])).join(', ')}`);
};

/** The earlier run's report.json, or what is wrong with it (then nothing runs: the comparison was asked for). */
const readBaseline = async (deps: TestCommandDeps, path: string): Promise<SuiteReportFile | string> => {
  let text: string;
  try {
    text = await deps.readFile(path);
  } catch (error) {
    return `${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return `${path}: not JSON, so not a report.json of famulor-playground test`;
  }
  const parsed = SuiteReportFileSchema.safeParse(json);
  return parsed.success
    ? parsed.data
    : `${path}: not a report.json of famulor-playground test (format ${SUITE_REPORT_FORMAT})`;
};

/** Every regression and fix against the baseline, one line each, and their count. */
const printComparison = (deps: TestCommandDeps, file: SuiteReportFile) => {
  const changes = file.comparison?.changes ?? [];
  const marked = file.suites.flatMap((report, suiteIndex) =>
    report.cells.flatMap((cell, cellIndex) => {
      const text = changeText(changes[suiteIndex]?.[cellIndex]);
      return text ? [{ text, cell, regression: changes[suiteIndex]?.[cellIndex] === 'regression' }] : [];
    }),
  );
  const regressions = marked.filter((one) => one.regression).length;
  deps.print(
    `Compared with ${file.comparison?.baseline ?? ''}: ${regressions} ${regressions === 1 ? 'regression' : 'regressions'}, ${marked.length - regressions} fixed`,
  );
  for (const { text, cell } of marked) deps.print(`  ${text}: ${cellTitle(cell)}`);
};

/**
 * `famulor-playground test`: every suite file read and checked first (a bad one is named by line before any
 * request is made), then run one after another; the reports are written even when a suite was stopped.
 */
export const runTestCommand = async (deps: TestCommandDeps): Promise<number> => {
  const suites = await readSuites(deps);
  if (!suites) return EXIT.badSuite;
  const baseline = deps.args.baseline === undefined ? null : await readBaseline(deps, deps.args.baseline);
  if (typeof baseline === 'string') {
    deps.print(baseline);
    return EXIT.badSuite;
  }
  const connected = await deps.connect(deps.args);
  if (!connected.ok) {
    deps.print(connected.message);
    return EXIT.badSuite;
  }
  const { target } = connected;
  const reports: SuiteReport[] = [];
  let exit: number | null = null;
  try {
    for (const suite of suites) {
      const outcome = await runOne(deps, target, suite);
      if (outcome.report) reports.push(outcome.report);
      exit = outcome.exit;
      if (exit !== null) break;
    }
  } catch (error) {
    if (!(error instanceof AppFailure)) throw error;
    deps.print(`Famulor could not be used — ${errorText(error.error)}`);
    exit = breaksConnection(error.error) ? EXIT.unreachable : EXIT.failed;
  } finally {
    await target.close();
  }
  const file: SuiteReportFile = {
    format: SUITE_REPORT_FORMAT,
    suites: reports,
    ...(baseline && deps.args.baseline
      ? { comparison: { baseline: deps.args.baseline, changes: compareReports(reports, baseline.suites) } }
      : {}),
  };
  if (file.comparison && reports.length > 0) printComparison(deps, file);
  if (reports.length > 0) await writeReports(deps, file);
  const cells = reports.flatMap((report) => report.cells);
  const passed = cells.filter((cell) => cell.passed).length;
  if (cells.length > 0) deps.print(`${passed} of ${cells.length} passed`);
  return exit ?? (passed === cells.length ? EXIT.passed : EXIT.failed);
};
