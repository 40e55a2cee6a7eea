// Sums the Vitest and Playwright JSON reports into the one line CI reads: `N passed, N failed, N skipped`.
// A step that failed before its tests could report (prerequisites, lint, type-check, build) counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

/** The counts of the reports under `dir`, with `extra` added (the fresh-machine check's own commands). */
export const testCounts = (exitCode, { dir = 'reports', extra = { passed: 0, failed: 0 } } = {}) => {
  const vitest = read(`${dir}/vitest.json`);
  const playwright = read(`${dir}/playwright.json`);
  let passed = extra.passed;
  let failed = extra.failed;
  let skipped = 0;
  if (vitest) {
    passed += vitest.numPassedTests;
    failed += vitest.numFailedTests;
    skipped += vitest.numPendingTests + vitest.numTodoTests;
  }
  if (playwright) {
    passed += playwright.stats.expected + playwright.stats.flaky;
    failed += playwright.stats.unexpected;
    skipped += playwright.stats.skipped;
  }
  if (Number(exitCode) !== 0 && failed === 0) failed = 1;
  return { passed, failed, skipped };
};

export const testSummary = (exitCode, options) => {
  const { passed, failed, skipped } = testCounts(exitCode, options);
  return `${passed} passed, ${failed} failed, ${skipped} skipped`;
};
