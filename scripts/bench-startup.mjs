// Start-up in the browser mode, from the host's process start to "shell interactive" (the shell has its app
// info and the sidebar answers clicks), over several starts. Each start: `node out/main/host.js --perf --json`
// on fresh user data (a first start: the Offline demo profile and its files are created), then a new page in
// an already running headless Chromium opens the address it prints, as a person's browser would. The marks
// are the app's own (`--perf`): main's from its process clock, the page's sent back over `app:perfMarks`.
// Interleaved with each start, the bare baseline starts the same way: a Node server process serving a minimal
// React 19 page (scripts/lib/bareReactPage.mjs), timed from that process's start to the page's mount; the budget is
// the ratio of the medians.
//
//   node scripts/bench-startup.mjs [--runs 10] [--json]      (npm run bench:startup builds first)
import { parseArgs } from 'node:util';
import {
  launchChromium,
  markdownTable,
  median,
  percentile,
  printRows,
  row,
  startHost,
} from './lib/benchKit.mjs';
import { buildBareReactPage, startBareReactServer } from './lib/bareReactPage.mjs';

const SHELL_INTERACTIVE_BUDGET_MS = 1500;
const RATIO_BUDGET = 1.5;

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '10' }, json: { type: 'boolean', default: false } },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs needs a positive whole number, not "${values.runs}".`);

const startOnce = async (browser) => {
  // The tab is ready before the host starts, so the time from "host ready" to the page's start is the
  // browser's, not this script's.
  const context = await browser.newContext();
  const page = await context.newPage();
  const host = await startHost(['--perf']).catch(async (error) => {
    await context.close();
    throw error;
  });
  try {
    await page.goto(host.url);
    const marks = JSON.parse(await host.nextLine()).perfMarks;
    if (!marks) throw new Error('The host printed something other than its --perf marks.');
    // The marks say the sidebar is usable; check that it is, so a mark in the wrong place cannot pass.
    await page.getByTestId('nav-threads').click();
    await page.getByTestId('view-threads').waitFor();
    return Object.fromEntries(marks.map(({ name, ms }) => [name, ms]));
  } finally {
    await context.close();
    await host.stop();
  }
};

/** One start of the bare baseline, as a person's browser opens it: ms from its server's process start. */
const startBareOnce = async (browser, bundleFile) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const server = await startBareReactServer(bundleFile);
  try {
    await page.goto(server.url);
    const interactive = await server.interactive();
    await page.getByTestId('nav-threads').click();
    await page.getByTestId('view-threads').waitFor();
    return interactive;
  } finally {
    await context.close();
    await server.stop();
  }
};

const bare = await buildBareReactPage();
const browser = await launchChromium();
const results = [];
const bareTimes = [];
try {
  for (let run = 0; run < runs; run += 1) {
    // Alternating which goes first, so that neither always starts on a machine the other just warmed.
    const app = () => startOnce(browser).then((marks) => results.push(marks));
    const baseline = () => startBareOnce(browser, bare.file).then((ms) => bareTimes.push(ms));
    for (const start of run % 2 === 0 ? [app, baseline] : [baseline, app]) await start();
    process.stderr.write(
      `start-up ${run + 1}/${runs}: shell interactive at ${results.at(-1)['shell interactive'].toFixed(0)} ms, ` +
        `the bare React page at ${bareTimes.at(-1).toFixed(0)} ms\n`,
    );
  }
} finally {
  await browser.close();
  bare.dispose();
}

const names = Object.keys(results[0]).sort((left, right) => results[0][left] - results[0][right]);
const summary = names.map((name) => {
  const times = results.map((result) => result[name]).filter((ms) => ms !== undefined);
  return { name, median: median(times), p95: percentile(times, 95) };
});
const interactive = summary.find((mark) => mark.name === 'shell interactive');
const budget = { text: `≤ ${SHELL_INTERACTIVE_BUDGET_MS} ms (median)`, limit: SHELL_INTERACTIVE_BUDGET_MS };
const met = interactive.median <= SHELL_INTERACTIVE_BUDGET_MS;
const bareMedian = median(bareTimes);
const ratio = interactive.median / bareMedian;
const ratioBudget = { text: `≤ ${RATIO_BUDGET}×`, limit: RATIO_BUDGET };

if (values.json) {
  printRows([
    ...summary.map((mark) =>
      row(
        'startup',
        `${mark.name}, median of ${runs}`,
        mark.median,
        'ms',
        mark === interactive ? budget : null,
      ),
    ),
    row('startup', `shell interactive, p95 of ${runs}`, interactive.p95, 'ms'),
    row('startup', `bare React page: server start → interactive, median of ${runs}`, bareMedian, 'ms'),
    row('startup', 'shell interactive: app ÷ bare React page (medians)', ratio, '×', ratioBudget),
  ]);
} else {
  console.log(
    `Browser-mode start-up, ms since the host's process start (${runs} starts, fresh user data each)`,
  );
  console.log(
    markdownTable(
      ['mark', 'median', 'p95'],
      summary.map((mark) => [mark.name, mark.median.toFixed(1), mark.p95.toFixed(1)]),
      [1, 2],
    ),
  );
  console.log(
    `Budget: shell interactive ${budget.text} — ${met ? 'met' : `MISSED by ${(interactive.median - SHELL_INTERACTIVE_BUDGET_MS).toFixed(0)} ms`}`,
  );
  console.log(
    `The bare React page: interactive at ${bareMedian.toFixed(1)} ms (median); app ÷ bare ${ratio.toFixed(2)}× — ` +
      `${ratio <= RATIO_BUDGET ? 'met' : 'MISSED'} (budget ${ratioBudget.text})`,
  );
}
