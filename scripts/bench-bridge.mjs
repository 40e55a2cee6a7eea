// What the app adds to a Famulor call: `account:get` through contract validation, the browser mode's bridge (the
// page's WebSocket to the host, or the POST route), the host's dispatcher, the handler and the Famulor client, against `GET /user/me` sent straight to
// the same simulator. One standalone simulator serves both paths; the app reaches it through a remote
// profile whose key is held in memory. Measured three ways, interleaved in blocks so drift hits all alike:
//   page bridge  — window.api['account:get'] in headless Chromium (what the UI pays: over the calls' socket), timed
//                  in the page;
//   node bridge  — the bridge's POST route (POST /api/account:get with the launch token) from Node;
//   page direct  — the bare baseline: the same Chromium fetching GET /user/me itself, from a blank page on the
//                  simulator's origin (the app's page cannot: its CSP allows no other origin);
//   bare relay   — a Node server that does nothing but forward a POST to GET /user/me and answer its JSON: what
//                  any bridge over HTTP pays for its two hops, so node bridge ÷ bare relay is the app's own share;
//   direct       — Node fetch of GET /user/me with the Bearer key.
// The budget is the page bridge against the page direct (the same fetch without the bridge); the extra cost is
// each bridge path minus its own kind of direct call, so the node-bridge line isolates the app from Chromium.
// The app paces a profile's calls to Famulor's account-wide limit (20 per 10 s, 100 a minute), so each block sends
// 8 calls per bridge path and then waits out its 10 s window: no call is timed while it queues. The simulator's
// own limit is off (`--no-account-limit`) so the direct path is not refused.
//
//   node scripts/bench-bridge.mjs [--calls 80] [--json]      (npm run bench:bridge builds first)
import { createServer } from 'node:http';
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
      const result = await window.api['account:get']({});
      times.push(performance.now() - started);
      if (!result.ok) throw new Error(`account:get failed in the page: ${result.error.message}`);
    }
    return times;
  }, count);

const inBarePage = (page, count, url, key) =>
  page.evaluate(
    async ({ calls, url, key }) => {
      const times = [];
      for (let index = 0; index < calls; index += 1) {
        const started = performance.now();
        const response = await fetch(url, {
          headers: { Authorization: `Bearer ${key}`, Accept: 'application/json' },
        });
        await response.json();
        times.push(performance.now() - started);
        if (response.status !== 200) throw new Error(`GET /user/me answered ${response.status} in the page.`);
      }
      return times;
    },
    { calls: count, url, key },
  );

/** The bare relay: one POST in, the same GET out to the simulator, its JSON back. */
const startBareRelay = async (simulator) => {
  const server = createServer(async (request, response) => {
    let text = '';
    for await (const chunk of request) text += chunk;
    JSON.parse(text);
    const answer = await fetch(`${simulator.baseUrl}/user/me`, {
      headers: { Authorization: `Bearer ${SIMULATOR_KEY}`, Accept: 'application/json' },
    });
    const data = await answer.json();
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify({ ok: true, data }));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/api/account:get`;
  return {
    call: async () => {
      const response = await fetch(url, { method: 'POST', body: JSON.stringify({ input: {}, meta: {} }) });
      if (!(await response.json()).ok) throw new Error('The bare relay failed.');
    },
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
};

const simulator = await startSimulator(SIMULATOR_KEY, ['--no-account-limit']);
const relay = await startBareRelay(simulator);
const host = await startHost();
const browser = await launchChromium();
const samples = { page: [], pageDirect: [], node: [], relay: [], direct: [] };
try {
  await useSimulatorProfile(host, simulator, 'Bridge benchmark');
  const page = await browser.newPage();
  await page.goto(host.url);
  await page.getByTestId('status-mode').waitFor();
  // A blank page on the simulator's origin: what any page pays for the same request with nothing in between.
  const barePage = await browser.newPage();
  await barePage.goto(`${simulator.baseUrl}/user/me`);

  const paths = {
    page: (count) => inPage(page, count),
    pageDirect: (count) => inBarePage(barePage, count, `${simulator.baseUrl}/user/me`, SIMULATOR_KEY),
    node: (count) => timeEach(count, () => bridgeCall(host, 'account:get', {})),
    relay: (count) => timeEach(count, relay.call),
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
  await relay.stop();
  simulator.stop();
}

const stats = Object.fromEntries(
  Object.entries(samples).map(([name, times]) => [
    name,
    { median: median(times), p95: percentile(times, 95) },
  ]),
);
const extra = (name, base) => ({
  median: stats[name].median - stats[base].median,
  p95: stats[name].p95 - stats[base].p95,
});
const lines = [
  ['account:get via window.api in Chromium (page bridge)', stats.page],
  ['account:get via the bridge protocol from Node (node bridge)', stats.node],
  ['GET /user/me straight to the simulator from a bare page (page direct)', stats.pageDirect],
  ['the same POST through a bare relay from Node (bare relay)', stats.relay],
  ['GET /user/me straight to the simulator from Node (direct)', stats.direct],
  ['extra: page bridge − page direct', extra('page', 'pageDirect')],
  ['extra: node bridge − direct', extra('node', 'direct')],
  ['extra: node bridge − bare relay (the app itself)', extra('node', 'relay')],
];
const calls = samples.direct.length;

if (values.json) {
  printRows([
    row('bridge', `account:get from the page, median of ${calls}`, stats.page.median, 'ms'),
    row('bridge', `bare page: GET /user/me itself, median of ${calls}`, stats.pageDirect.median, 'ms'),
    row(
      'bridge',
      `extra per call, page bridge − bare page, p95 of ${calls}`,
      extra('page', 'pageDirect').p95,
      'ms',
    ),
    row(
      'bridge',
      `extra per call, node bridge − Node direct, median of ${calls}`,
      extra('node', 'direct').median,
      'ms',
    ),
    row('bridge', `Node direct GET /user/me, median of ${calls}`, stats.direct.median, 'ms'),
    row('bridge', `bare relay (HTTP in, the same GET out), median of ${calls}`, stats.relay.median, 'ms'),
    row(
      'bridge',
      'the app from Node ÷ the bare relay (medians)',
      stats.node.median / stats.relay.median,
      '×',
    ),
    row(
      'bridge',
      'a call from the page ÷ the same call from a bare page (medians)',
      stats.page.median / stats.pageDirect.median,
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
