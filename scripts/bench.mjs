// `npm run bench`: every benchmark, one table. Runs the first-load bundle check, the session store, the
// 10,000-message thread UI, typing in a busy session against a bare textarea, browser-mode start-up, the bridge overhead and a
// test suite's throughput against the account limit, each as its own process with
// `--json` (its progress goes to stderr), then prints benchmark | metric | value | budget | met? and the
// machine it ran on. Uses the build in out/ (or APP_OUT_DIR); `npm run bench` builds it first.
// Exit code 1 when a benchmark failed or a budget was missed.
import { spawn, spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatValue, launchChromium, markdownTable, median } from './lib/benchKit.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const BENCHMARKS = [
  { name: 'bundle', script: 'check-bundle.mjs' },
  { name: 'store', script: 'bench-store.mjs' },
  { name: 'ui', script: 'bench-ui.mjs' },
  { name: 'typing', script: 'bench-typing.mjs' },
  { name: 'startup', script: 'bench-startup.mjs' },
  { name: 'bridge', script: 'bench-bridge.mjs' },
  { name: 'suite', script: 'bench-suite.mjs' },
];

/** Runs one benchmark script and takes the rows from the JSON line it prints last. */
const runBenchmark = ({ name, script }) =>
  new Promise((resolve) => {
    process.stderr.write(`\n— ${name} (scripts/${script})\n`);
    const child = spawn(process.execPath, [join(here, script), '--json'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('close', (code) => {
      const last = out.trim().split('\n').at(-1) ?? '';
      let rows = null;
      try {
        rows = JSON.parse(last).rows ?? null;
      } catch {
        rows = null;
      }
      resolve({ name, code, rows });
    });
  });

const verdict = (row) => {
  if (row.met === null || row.met === undefined) return '—';
  if (row.met) return 'yes';
  return `NO, by ${formatValue({ value: row.value - row.limit, unit: row.unit })}`;
};

/** How long a bare `node -e 0` takes here: a yardstick for how busy the machine was (about 40 ms when idle). */
const nodeColdStartMs = () =>
  median(
    Array.from({ length: 5 }, () => {
      const started = performance.now();
      spawnSync(process.execPath, ['-e', '0']);
      return performance.now() - started;
    }),
  );

const loadBefore = loadavg();
const yardstickBefore = nodeColdStartMs();
const results = [];
for (const benchmark of BENCHMARKS) results.push(await runBenchmark(benchmark));
const loadAfter = loadavg();
const yardstickAfter = nodeColdStartMs();

const browser = await launchChromium();
const chromiumVersion = browser.version();
await browser.close();

const tableRows = results.flatMap(({ name, code, rows }) =>
  rows === null
    ? [[name, `did not finish (exit code ${code})`, '—', '—', 'NO']]
    : rows.map((row) => [row.benchmark, row.metric, formatValue(row), row.budget ?? '—', verdict(row)]),
);
const cpu = cpus();
console.log(markdownTable(['benchmark', 'metric', 'value', 'budget', 'met?'], tableRows, [2]));
console.log(
  `\nMachine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${(totalmem() / 1024 ** 3).toFixed(1)} GB RAM, ` +
    `Node ${process.versions.node}, Chromium ${chromiumVersion}; ` +
    `load average ${loadBefore[0].toFixed(1)} before, ${loadAfter[0].toFixed(1)} after (1 min); ` +
    `\`node -e 0\` took ${yardstickBefore.toFixed(0)} ms before, ${yardstickAfter.toFixed(0)} ms after (median of 5).`,
);

const failed =
  results.some(({ rows }) => rows === null) ||
  results.some(({ rows }) => rows?.some((row) => row.met === false));
if (failed) process.exitCode = 1;
