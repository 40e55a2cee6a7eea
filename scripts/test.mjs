// `npm test`: the machine's prerequisites, then every check and test in order, each announced, none silent for
// more than a few seconds; it stops at the first step that fails and ends with the line CI reads.
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runWithProgress } from './lib/progress.mjs';
import { testSummary } from './lib/testSummary.mjs';

process.chdir(join(dirname(fileURLToPath(import.meta.url)), '..'));
const npmRun = (script) => ['npm', ['run', '--silent', script]];
const STEPS = [
  ['Prerequisites', process.execPath, ['scripts/prerequisites.mjs']],
  ['Lint (ESLint, Prettier)', ...npmRun('lint')],
  ['Type-check', ...npmRun('typecheck')],
  ['Security lint', ...npmRun('security')],
  ['Unit and component tests', ...npmRun('test:unit')],
  ['End-to-end tests (build, bundle budget, Playwright)', ...npmRun('test:e2e')],
];

rmSync('reports', { recursive: true, force: true });
const started = Date.now();
let status = 0;
for (const [label, command, args] of STEPS) {
  const stepStarted = Date.now();
  console.log(`\n▶ ${label}`);
  status = await runWithProgress(label.toLowerCase(), command, args);
  const took = `${Math.round((Date.now() - stepStarted) / 1000)} s`;
  console.log(status === 0 ? `✓ ${label} (${took})` : `✗ ${label} failed (${took})`);
  if (status !== 0) break;
}
console.log(`\nnpm test took ${Math.round((Date.now() - started) / 1000)} s.`);
console.log(testSummary(status));
process.exit(status);
