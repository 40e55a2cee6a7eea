// What the app adds to a Famulor call: `account:get` through contract validation, the browser mode's HTTP
// bridge, the host's dispatcher, the handler and the Famulor client, against `GET /user/me` sent straight to
// the same simulator. One standalone simulator serves both paths; the app reaches it through a remote
// profile whose key is held in memory. Measured three ways, interleaved in blocks so drift hits all alike:
//   page bridge  — window.api.account.get in headless Chromium (what the UI pays), timed in the page;
//   node bridge  — the bridge's HTTP protocol (POST /api/account:get with the launch token) from Node;
//   direct       — Node fetch of GET /user/me with the Bearer key.
// The extra cost is each bridge path minus direct. The page path also pays Chromium's fetch instead of
// Node's, which a page cannot avoid (its CSP allows no other origin), so the node-bridge line isolates the app.
// The app paces a profile's calls to Famulor's account-wide limit (20 per 10 s, 100 a minute), so each block sends
// 8 calls per bridge path and then waits out its 10 s window: no call is timed while it queues. The simulator's
// own limit is off (`--no-account-limit`) so the direct path is not refused.
//
//   node scripts/bench-bridge.mjs [--calls 80] [--json]      (npm run bench:bridge builds first)
import { parseArgs } from 'node:util';
import {
  bridgeCall,
  launchChromium,
  markdownTable,
  median,
  percentile,
  printRows,
  row,
  startHost,
  startSimulator,
  useSimulatorProfile,
} from './lib/benchKit.mjs';

const { values } = parseArgs({
  options: { calls: { type: 'string', default: '80' }, json: { type: 'boolean', default: false } },
});
const CALLS = Number(values.calls);
const PER_BLOCK = 8;
const WINDOW_MS = 10_500;
const RATIO_BUDGET = 1.2;
if (!Number.isInteger(CALLS) || CALLS < PER_BLOCK)
  throw new Error(`--calls needs a whole number ≥ ${PER_BLOCK}.`);
const BLOCKS = Math.ceil(CALLS / PER_BLOCK);
const SIMULATOR_KEY = 'bench-bridge-key';

const timeEach = async (count, call) => {
  const times = [];
  for (let index = 0; index < count; index += 1) {
    const started = performance.now();
    await call();
    times.push(performance.now() - started);
  }
  return times;
};

const direct = (simulator) => async () => {
  const response = await fetch(`${simulator.baseUrl}/user/me`, {
    headers: { Authorization: `Bearer ${SIMULATOR_KEY}`, Accept: 'application/json' },
  });
  if (response.status !== 200) throw new Error(`GET /user/me answered ${response.status}.`);
  await response.json();
};

const inPage = (page, count) =>
  page.evaluate(async (calls) => {
    const times = [];
    for (let index = 0; index < calls; index += 1) {
      const started = performance.now();
      const result = await window.api.account.get({});
      times.push(performance.now() - started);
      if (!result.ok) throw new Error(`account:get failed in the page: ${result.error.message}`);
    }
    return times;
  }, count);

const simulator = await startSimulator(SIMULATOR_KEY, ['--no-account-limit']);
const host = await startHost();
const browser = await launchChromium();
const samples = { page: [], node: [], direct: [] };
try {
  await useSimulatorProfile(host, simulator, 'Bridge benchmark');
  const page = await browser.newPage();
  await page.goto(host.url);
  await page.getByTestId('status-mode').waitFor();

  const paths = {
    page: (count) => inPage(page, count),
    node: (count) => timeEach(count, () => bridgeCall(host, 'account:get', {})),
    direct: (count) => timeEach(count, direct(simulator)),
  };
  // The first block warms every path up and is not counted.
  for (let block = 0; block <= BLOCKS; block += 1) {
    const started = performance.now();
    for (const [name, measure] of Object.entries(paths)) {
      const times = await measure(PER_BLOCK);
      if (block > 0) samples[name].push(...times);
    }
    await new Promise((resolve) =>
      setTimeout(resolve, Math.max(0, WINDOW_MS - (performance.now() - started))),
    );
  }
} finally {
  await browser.close();
  await host.stop();
  simulator.stop();
}

const stats = Object.fromEntries(
  Object.entries(samples).map(([name, times]) => [
    name,
    { median: median(times), p95: percentile(times, 95) },
  ]),
);
const extra = (name) => ({
  median: stats[name].median - stats.direct.median,
  p95: stats[name].p95 - stats.direct.p95,
});
const lines = [
  ['account:get via window.api in Chromium (page bridge)', stats.page],
  ['account:get via the bridge protocol from Node (node bridge)', stats.node],
  ['GET /user/me straight to the simulator from Node (direct)', stats.direct],
  ['extra: page bridge − direct', extra('page')],
  ['extra: node bridge − direct', extra('node')],
];
const calls = samples.direct.length;

if (values.json) {
  printRows([
    row('bridge', `extra per call, page bridge − direct, median of ${calls}`, extra('page').median, 'ms'),
    row('bridge', `extra per call, page bridge − direct, p95 of ${calls}`, extra('page').p95, 'ms'),
    row('bridge', `extra per call, node bridge − direct, median of ${calls}`, extra('node').median, 'ms'),
    row('bridge', `extra per call, node bridge − direct, p95 of ${calls}`, extra('node').p95, 'ms'),
    row('bridge', `direct GET /user/me, median of ${calls}`, stats.direct.median, 'ms'),
    row(
      'bridge',
      'a call from the page ÷ the direct call (medians)',
      stats.page.median / stats.direct.median,
      '×',
      {
        text: `≤ ${RATIO_BUDGET}×`,
        limit: RATIO_BUDGET,
      },
    ),
  ]);
} else {
  console.log(
    `A Famulor call through the app vs straight to the simulator (${calls} calls per path, after ${PER_BLOCK} warm-up)`,
  );
  console.log(
    markdownTable(
      ['path', 'median', 'p95'],
      lines.map(([label, { median: mid, p95 }]) => [label, `${mid.toFixed(3)} ms`, `${p95.toFixed(3)} ms`]),
      [1, 2],
    ),
  );
}
