// Runs @doyensec/electronegativity over the sources and fails on any HIGH finding that is not suppressed with a
// written reason in security/electronegativity-suppressions.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const report = join('reports', 'electronegativity.csv');
mkdirSync('reports', { recursive: true });
const electronVersion = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version;
const run = spawnSync(
  process.execPath,
  [
    join('node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js'),
    '-i',
    'src',
    '-o',
    report,
    '-r',
    '-v',
    'false',
    '-e',
    electronVersion,
  ],
  { encoding: 'utf8', timeout: 240_000 },
);
if (run.status !== 0) {
  console.error(run.stdout, run.stderr);
  console.error('electronegativity did not finish.');
  process.exit(1);
}

const parseLine = (line) =>
  [...line.matchAll(/("([^"]*)"|[^,]+)(?:,\s*|$)/g)].map((match) => match[2] ?? match[1].trim());
const [, ...rows] = readFileSync(report, 'utf8').trim().split('\n');
const findings = rows
  .map(parseLine)
  .map(([check, severity, confidence, file, location]) => ({ check, severity, confidence, file, location }));
const { suppressions } = JSON.parse(readFileSync('security/electronegativity-suppressions.json', 'utf8'));

const high = findings.filter((finding) => finding.severity === 'HIGH');
const unsuppressed = high.filter((finding) => {
  const reason = suppressions[`${finding.check}@${finding.file}`];
  return typeof reason !== 'string' || reason.trim().length < 10;
});
for (const finding of findings) {
  console.log(`${finding.severity.padEnd(8)} ${finding.check} ${finding.file}:${finding.location}`);
}
console.log(
  `electronegativity: ${findings.length} findings, ${high.length} HIGH, ${unsuppressed.length} HIGH without a written reason.`,
);
process.exit(unsuppressed.length === 0 ? 0 : 1);
