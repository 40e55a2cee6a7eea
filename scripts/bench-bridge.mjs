// What the app adds to a Famulor call: `account:get` through contract validation, the browser mode's HTTP
// bridge, the host's dispatcher, the handler and the Famulor client, against `GET /user/me` sent straight to
// the same simulator. One standalone simulator serves both paths; the app reaches it through a remote
// profile whose key is held in memory. Measured three ways, interleaved in blocks so drift hits all alike:
//   page bridge  — window.api.account.get in headless Chromium (what the UI pays), timed in the page;
//   node bridge  — the bridge's HTTP protocol (POST /api/account:get with the launch token) from Node;
//   direct       — Node fetch of GET /user/me with the Bearer key.
// The extra cost is each bridge path minus direct. The page path also pays Chromium's fetch instead of
// Node's, which a page cannot avoid (its CSP allows no other origin), so the node-bridge line isolates the app.
//
//   node scripts/bench-bridge.mjs [--calls 1000] [--json]      (npm run bench:bridge builds first)
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import {
  launchChromium,
  markdownTable,
  median,
  outDir,
  percentile,
  printRows,
  row,
  startHost,
} from './lib/benchKit.mjs';

const { values } = parseArgs({
  options: { calls: { type: 'string', default: '1000' }, json: { type: 'boolean', default: false } },
});
const CALLS = Number(values.calls);
const BLOCKS = 10;
const WARM_UP = 50;
if (!Number.isInteger(CALLS) || CALLS < BLOCKS) throw new Error(`--calls needs a whole number ≥ ${BLOCKS}.`);
const PER_BLOCK = Math.ceil(CALLS / BLOCKS);
const SIMULATOR_KEY = 'bench-bridge-key';
const TOKEN_HEADER = 'x-playground-token';

const startSimulator = async () => {
  const child = spawn(
    process.execPath,
    [join(outDir(), 'main', 'simulator.js'), '--port', '0', '--key', SIMULATOR_KEY],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  for await (const line of createInterface({ input: child.stdout })) {
    const baseUrl = /listening on (http:\/\/\S+)/.exec(line)?.[1];
    if (baseUrl) return { baseUrl, stop: () => child.kill('SIGTERM') };
  }
  throw new Error('The simulator exited before it listened.');
};

/** One call over the bridge's HTTP protocol, as browserBridge.ts sends it. */
const bridgeCall = async (host, channel, input) => {
  const response = await fetch(`${new URL(host.url).origin}/api/${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      // What Chromium adds to the page's own POST; the host refuses a call without it.
      Origin: new URL(host.url).origin,
      [TOKEN_HEADER]: new URL(host.url).searchParams.get('token'),
    },
    body: JSON.stringify({ input, meta: {} }),
  });
  const result = await response.json();
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.data;
};

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

const simulator = await startSimulator();
const host = await startHost();
const browser = await launchChromium();
const samples = { page: [], node: [], direct: [] };
try {
  const profile = await bridgeCall(host, 'profiles:create', {
    name: 'Bridge benchmark',
    baseUrl: simulator.baseUrl,
    kind: 'remote',
  });
  await bridgeCall(host, 'secret:set', { profileId: profile.id, key: SIMULATOR_KEY, backend: 'memory' });
  await bridgeCall(host, 'profiles:activate', { id: profile.id });
  const page = await browser.newPage();
  await page.goto(host.url);
  await page.getByTestId('status-mode').waitFor();

  const paths = {
    page: (count) => inPage(page, count),
    node: (count) => timeEach(count, () => bridgeCall(host, 'account:get', {})),
    direct: (count) => timeEach(count, direct(simulator)),
  };
  for (const measure of Object.values(paths)) await measure(WARM_UP);
  for (let block = 0; block < BLOCKS; block += 1) {
    for (const [name, measure] of Object.entries(paths)) samples[name].push(...(await measure(PER_BLOCK)));
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
  ]);
} else {
  console.log(
    `A Famulor call through the app vs straight to the simulator (${calls} calls per path, after ${WARM_UP} warm-up)`,
  );
  console.log(
    markdownTable(
      ['path', 'median', 'p95'],
      lines.map(([label, { median: mid, p95 }]) => [label, `${mid.toFixed(3)} ms`, `${p95.toFixed(3)} ms`]),
      [1, 2],
    ),
  );
}
