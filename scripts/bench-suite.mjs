// How close a suite run comes to what Famulor's account limit allows: a 50-case × 4-turn suite (250 calls, and one
// to list the assistants) run by the built CLI (`out/main/cli.js test`) against the standalone simulator with its
// account limit on (20 calls per 10 s, 100 a minute, as Famulor's). A counting relay between the two sees every
// answer, so the 429s are counted on the wire, not as the client reports them. The baseline is the least time the
// limit allows for that many calls (every call sent the moment both windows have room, answers taking no time):
// the ratio is the run's time over it, budget ≤ 1.10, and the 429s must be 0.
//
//   node scripts/bench-suite.mjs [--cases 50] [--turns 4] [--json]      (~2.5 minutes; builds nothing: run
//   `npx electron-vite build` first, or `npm run bench`)
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { markdownTable, outDir, printRows, row, startSimulator } from './lib/benchKit.mjs';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '50' },
    turns: { type: 'string', default: '4' },
    json: { type: 'boolean', default: false },
  },
});
const CASES = Number(values.cases);
const TURNS = Number(values.turns);
const RATIO_BUDGET = 1.1;
// Famulor's account-wide limit (src/shared/limits.ts ACCOUNT_WINDOWS).
const WINDOWS = [
  { limit: 20, windowMs: 10_000 },
  { limit: 100, windowMs: 60_000 },
];
const KEY = 'bench-suite-key';
if (1 + CASES * (1 + TURNS) <= WINDOWS[0].limit)
  throw new Error(
    `--cases and --turns must make more than ${WINDOWS[0].limit} calls: fewer fit in one burst, with no limit to measure against.`,
  );

/** The least time `calls` calls take under the windows: each sent the moment every window has room for it. */
export const leastTimeMs = (calls) => {
  const sent = [];
  for (let index = 0; index < calls; index += 1) {
    let at = sent.at(-1) ?? 0;
    for (const { limit, windowMs } of WINDOWS) {
      const blocking = sent[sent.length - limit];
      if (blocking !== undefined) at = Math.max(at, blocking + windowMs);
    }
    sent.push(at);
  }
  return sent.at(-1) ?? 0;
};

const suiteText = () => {
  const messages = ['Guten Tag', 'Wann haben Sie geöffnet?', 'Wie ist Ihre Adresse?', 'Vielen Dank'];
  const cases = Array.from({ length: CASES }, (_, index) => {
    const turns = Array.from(
      { length: TURNS },
      (_, turn) => `      - user: '${messages[turn % messages.length]}'`,
    );
    return `  - name: case ${index + 1}\n    turns:\n${turns.join('\n')}`;
  });
  return `name: throughput\nassistants: [Sophie]\ncases:\n${cases.join('\n')}\n`;
};

/** Forwards every request to the simulator and counts the answers by status. */
const startRelay = async (target) => {
  const statuses = new Map();
  const server = createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', async () => {
      const upstream = await fetch(`${target}${request.url}`, {
        method: request.method,
        headers: {
          authorization: request.headers.authorization ?? '',
          'content-type': 'application/json',
          accept: 'application/json',
        },
        body: chunks.length > 0 ? Buffer.concat(chunks) : undefined,
      });
      statuses.set(upstream.status, (statuses.get(upstream.status) ?? 0) + 1);
      const headers = Object.fromEntries(
        [...upstream.headers].filter(
          ([name]) =>
            !['content-encoding', 'content-length', 'transfer-encoding', 'connection'].includes(name),
        ),
      );
      response.writeHead(upstream.status, headers);
      response.end(Buffer.from(await upstream.arrayBuffer()));
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, statuses, close: () => server.close() };
};

const work = mkdtempSync(join(tmpdir(), 'bench-suite-'));
const simulator = await startSimulator(KEY);
const simulatorOrigin = new URL(simulator.baseUrl).origin;
const relay = await startRelay(simulatorOrigin);
try {
  const suiteFile = join(work, 'throughput.suite.yaml');
  writeFileSync(suiteFile, suiteText());
  const calls = 1 + CASES * (1 + TURNS);
  process.stderr.write(`running ${CASES} cases × ${TURNS} turns (${calls} calls) through the CLI…\n`);
  const started = performance.now();
  const code = await new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        join(outDir(), 'main', 'cli.js'),
        'test',
        suiteFile,
        '--base-url',
        `${relay.url}${new URL(simulator.baseUrl).pathname}`,
        '--key-env',
        'BENCH_KEY',
        '--reporter',
        'json',
        '--out',
        work,
      ],
      { env: { ...process.env, BENCH_KEY: KEY }, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    child.on('close', resolve);
  });
  const wallMs = performance.now() - started;
  if (code !== 0) throw new Error(`The CLI exited ${code}.`);
  const report = JSON.parse(readFileSync(join(work, 'report.json'), 'utf8'));
  const cells = report.suites[0].cells;
  if (cells.length !== CASES || !cells.every((cell) => cell.passed))
    throw new Error('Not every case ran and passed.');
  const least = leastTimeMs(calls);
  const answered = [...relay.statuses.values()].reduce((sum, count) => sum + count, 0);
  const tooMany = relay.statuses.get(429) ?? 0;
  const rows = [
    row(
      'suite',
      `${CASES}×${TURNS} suite: run time ÷ least time the account limit allows (${(least / 1000).toFixed(0)} s)`,
      wallMs / least,
      '×',
      { text: `≤ ${RATIO_BUDGET}`, limit: RATIO_BUDGET },
    ),
    row('suite', '429 answers seen on the wire', tooMany, '', { text: '0', limit: 0 }),
    row('suite', 'run time (process start to exit)', wallMs / 1000, 's'),
    row('suite', 'calls answered', answered, ''),
  ];
  if (values.json) printRows(rows);
  else
    process.stdout.write(
      `${markdownTable(
        ['metric', 'value', 'budget'],
        rows.map((one) => [one.metric, `${one.value.toFixed(2)} ${one.unit}`, one.budget ?? '—']),
      )}\n`,
    );
} finally {
  relay.close();
  simulator.stop();
  rmSync(work, { recursive: true, force: true });
}
