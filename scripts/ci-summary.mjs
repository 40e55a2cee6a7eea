// CI's last line: every test of the suite plus the fresh-machine check's commands, as `N passed, N failed, N skipped`.
//   node scripts/ci-summary.mjs <exit code of the suite> [fresh-machine report.json]
import { existsSync, readFileSync } from 'node:fs';
import { testSummary } from './lib/testSummary.mjs';

const [, , exitCode = '0', freshReport] = process.argv;
const fresh =
  freshReport && existsSync(freshReport)
    ? JSON.parse(readFileSync(freshReport, 'utf8')).commands
    : freshReport
      ? [{ passed: false }] // the check was asked for and wrote nothing: it failed before its first command
      : [];
const extra = {
  passed: fresh.filter((command) => command.passed).length,
  failed: fresh.filter((command) => !command.passed).length,
};
console.log(testSummary(exitCode, { extra }));
