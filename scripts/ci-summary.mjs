// Sums the Vitest and Playwright JSON reports into the one line CI reads: `N passed, N failed, N skipped`.
// A stage that failed before its tests could report (lint, type-check, build) counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

const [, , exitCode = '0'] = process.argv;
const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

const vitest = read('reports/vitest.json');
const playwright = read('reports/playwright.json');

let passed = 0;
let failed = 0;
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
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
