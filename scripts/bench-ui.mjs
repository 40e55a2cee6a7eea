// Issue 6 and 15 benchmark (`node scripts/bench-ui.mjs`, after `npx electron-vite build`): in one headless
// Chromium, the time from opening the 10,000-message seeded thread to its first painted screen, against a bare page
// that fetches the same thread's JSON (through a plain proxy, as the host is one) and renders as many first rows
// with the DOM, in interleaved pairs; the browser host's resident memory after the first and the 25th open (each
// the lowest reading over 15 s idle, once V8 has collected the calls' garbage); frame
// times while scrolling the thread to its end; the renderer's JS heap. The app and the bare page talk to one
// standalone simulator (the app through a remote profile). `--json` prints one JSON line of rows instead of the
// table (scripts/bench.mjs combines them).
import { createServer } from 'node:http';
import {
  launchChromium,
  median,
  percentile,
  printRows,
  residentBytes,
  row,
  startHost,
  startSimulator,
  useSimulatorProfile,
} from './lib/benchKit.mjs';

const LONG_THREAD_CUSTOMER = '+4917612340987';
const SIMULATOR_KEY = 'bench-ui-key';
const OPEN_PAIRS = 9;
const MEMORY_OPENS = 25;
// Pixels per frame: a brisk, sustained scroll (about 100 messages a second at 60 Hz).
const SCROLL_STEP_PX = 1200;
const OPEN_RATIO_BUDGET = 1.5;
const MEMORY_BUDGET_MB = 20;
// V8 collects a finished call's garbage some seconds after allocation stops (its memory reducer): memory is the
// lowest reading over this long with nothing to do.
const SETTLE_MS = 15_000;

const settledResidentBytes = async (pid) => {
  let lowest = residentBytes(pid);
  for (let waited = 0; waited < SETTLE_MS; waited += 1000) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    lowest = Math.min(lowest, residentBytes(pid));
  }
  return lowest;
};

/** The long thread's id, found the way the app finds it: by the customer's phone. */
const findLongThread = async (simulator) => {
  const query = new URLSearchParams({ customer_phone: LONG_THREAD_CUSTOMER, per_page: '50' });
  const response = await fetch(`${simulator.baseUrl}/user/conversations?${query}`, {
    headers: { Authorization: `Bearer ${simulator.key}`, Accept: 'application/json' },
  });
  const page = await response.json();
  const long = page.data?.find((item) => Number(item.message_count) >= 10_000);
  if (!long) throw new Error('The simulator has no 10,000-message thread for the customer.');
  return String(long.id);
};

const BARE_PAGE = `<!doctype html><meta charset="utf-8"><title>Bare thread</title>
<style>#list{height:760px;overflow:auto;font:14px system-ui}.row{padding:8px 12px;border-bottom:1px solid #ddd}</style>
<div id="list"></div>
<script>
window.openBare = (rows) => new Promise((resolve, reject) => {
  const list = document.getElementById('list');
  list.textContent = '';
  const start = performance.now();
  fetch('/thread').then((response) => response.json()).then((detail) => {
    const fragment = document.createDocumentFragment();
    // The same screen as the app's: a thread opens at its latest messages.
    const first = Math.max(0, detail.history.length - rows);
    detail.history.slice(first).forEach((message, index) => {
      const div = document.createElement('div');
      div.className = 'row';
      div.dataset.testid = 'message-' + (first + index);
      div.textContent = message.role + ': ' + message.content;
      fragment.append(div);
    });
    list.append(fragment);
    list.scrollTop = list.scrollHeight;
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)));
  }, reject);
});
</script>`;

/** The baseline's server: the bare page, and the thread's JSON fetched from the simulator and passed on as text. */
const startBareServer = async (simulator, threadId) => {
  const server = createServer(async (request, response) => {
    if (request.url === '/thread') {
      const upstream = await fetch(`${simulator.baseUrl}/conversations/${threadId}`, {
        headers: { Authorization: `Bearer ${simulator.key}`, Accept: 'application/json' },
      });
      response.writeHead(upstream.status, { 'Content-Type': 'application/json' });
      response.end(await upstream.text());
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(BARE_PAGE);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, stop: () => server.close() };
};

/**
 * Clicks "open" on the long thread's row; resolves with the time until its latest message is on screen and
 * painted (`first`), until the whole history is in (`whole`: the list no longer busy, search and calls ready), and
 * the longest frame in between (parsing the earlier messages happens then).
 */
const openToFirstScreen = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const row = [...document.querySelectorAll('[data-testid^="thread-row-"]')].find(
          (candidate) =>
            candidate.querySelector('[data-testid="thread-cell-messages"]')?.textContent === '10,000',
        );
        const button = row?.querySelector('[data-testid="thread-open"]');
        if (!button) {
          reject(new Error('The 10,000-message thread is not in the list.'));
          return;
        }
        const start = performance.now();
        const untilWhole = (first, last, longest) =>
          requestAnimationFrame((now) => {
            const frame = Math.max(longest, now - last);
            const list = document.querySelector('[data-testid="thread-messages"]');
            if (list?.getAttribute('aria-busy') === 'false') {
              resolve({ first, whole: performance.now() - start, longestFrame: frame });
            } else untilWhole(first, now, frame);
          });
        const done = () => {
          if (!document.querySelector('[data-testid="message-9999"]')) return false;
          // The frame after the one that inserted the rows is the first one painted with them.
          requestAnimationFrame(() =>
            requestAnimationFrame((now) => untilWhole(performance.now() - start, now, 0)),
          );
          return true;
        };
        const observer = new MutationObserver(() => done() && observer.disconnect());
        observer.observe(document.body, { subtree: true, childList: true });
        button.click();
      }),
  );

/** Scrolls the history from its end (where a thread opens) to its start one step per frame, recording every frame. */
const scrollToStart = (page, step) =>
  page.evaluate(
    (stepPx) =>
      new Promise((resolve) => {
        const scroller = document.querySelector('[data-testid="thread-messages"]');
        const frames = [];
        let last = null;
        let settled = 0;
        const tick = (now) => {
          if (last !== null) frames.push(now - last);
          last = now;
          // Row heights are measured as rows appear, so the start moves; it is reached when it stays put.
          settled = scroller.scrollTop <= 0 ? settled + 1 : 0;
          if (settled >= 5) {
            resolve({ frames, firstVisible: Boolean(document.querySelector('[data-testid="message-0"]')) });
            return;
          }
          scroller.scrollTop -= stepPx;
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    step,
  );

const simulator = await startSimulator(SIMULATOR_KEY);
const host = await startHost();
const browser = await launchChromium();
let bare = null;
const ms = (value) => `${value.toFixed(1)} ms`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

try {
  await useSimulatorProfile(host, simulator, 'UI benchmark');
  bare = await startBareServer(simulator, await findLongThread(simulator));
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(host.url);
  await page.getByTestId('status-mode').waitFor();
  await page.getByTestId('nav-threads').click();
  await page.getByTestId('filter-customer-phone').fill(LONG_THREAD_CUSTOMER);
  await page.getByTestId('filter-apply').click();
  await page.getByTestId('thread-cell-messages').getByText('10,000', { exact: true }).waitFor();
  const barePage = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await barePage.goto(bare.url);

  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const heapBefore = await heap();
  const back = async () => {
    await page.getByTestId('thread-back').click();
    await page.getByTestId('thread-browser').waitFor();
  };

  const appTimes = [];
  const wholeTimes = [];
  const openFrames = [];
  const bareTimes = [];
  let opens = 0;
  let firstRows = 0;
  let rssAfterFirst = 0;
  for (let pair = 0; pair < OPEN_PAIRS; pair += 1) {
    const open = await openToFirstScreen(page);
    appTimes.push(open.first);
    wholeTimes.push(open.whole);
    openFrames.push(open.longestFrame);
    opens += 1;
    if (opens === 1) {
      rssAfterFirst = await settledResidentBytes(host.pid);
      // The bare page paints as many rows as the app's first screen holds.
      firstRows = await page
        .locator('[data-testid^="message-"]:not([data-testid="message-pending"])')
        .count();
    }
    await back();
    bareTimes.push(await barePage.evaluate((rows) => window.openBare(rows), firstRows));
  }
  while (opens < MEMORY_OPENS) {
    await openToFirstScreen(page);
    opens += 1;
    await back();
  }
  const rssBusy = residentBytes(host.pid);
  const rssAfterLast = await settledResidentBytes(host.pid);
  await openToFirstScreen(page);
  const scroll = await scrollToStart(page, SCROLL_STEP_PX);
  if (!scroll.firstVisible) throw new Error('Scrolling did not reach the first message.');
  const heapAfter = await heap();

  const ratio = median(appTimes) / median(bareTimes);
  const growthMb = (rssAfterLast - rssAfterFirst) / 1024 / 1024;
  const rows = [
    row('ui', `open 10,000-message thread → first screen, median of ${OPEN_PAIRS}`, median(appTimes), 'ms'),
    row(
      'ui',
      `bare page: fetch the same JSON, paint its last ${firstRows} rows, median`,
      median(bareTimes),
      'ms',
    ),
    row('ui', 'thread open: app ÷ bare page', ratio, '×', {
      text: `≤ ${OPEN_RATIO_BUDGET}×`,
      limit: OPEN_RATIO_BUDGET,
    }),
    row('ui', 'thread open → whole history in (search and calls ready), median', median(wholeTimes), 'ms'),
    row('ui', 'thread open: longest frame until then, median', median(openFrames), 'ms'),
    row('ui', 'host memory after the first open (settled)', rssAfterFirst / 1024 / 1024, 'MB'),
    row('ui', `host memory right after open ${MEMORY_OPENS}, before it settles`, rssBusy / 1024 / 1024, 'MB'),
    row('ui', `host memory growth, open 1 → open ${MEMORY_OPENS} (settled)`, growthMb, 'MB', {
      text: `≤ ${MEMORY_BUDGET_MB} MB`,
      limit: MEMORY_BUDGET_MB,
    }),
    row('ui', 'scroll to start: frame time median', median(scroll.frames), 'ms'),
    row('ui', 'scroll to start: frame time p95', percentile(scroll.frames, 95), 'ms'),
    row('ui', 'scroll to start: longest frame', Math.max(...scroll.frames), 'ms'),
    row('ui', 'renderer JS heap before opening (after GC)', heapBefore / 1024 / 1024, 'MB'),
    row('ui', 'renderer JS heap after scrolling (after GC)', heapAfter / 1024 / 1024, 'MB'),
  ];
  if (process.argv.includes('--json')) printRows(rows);
  else {
    const width = Math.max(...rows.map(({ metric }) => metric.length));
    for (const { metric, value, unit, budget, met } of rows) {
      const shown =
        unit === 'ms' ? ms(value) : unit === 'MB' ? mb(value * 1024 * 1024) : `${value.toFixed(2)} ${unit}`;
      console.log(
        `${metric.padEnd(width)}  ${shown.padStart(10)}${budget ? `  (${budget}: ${met ? 'met' : 'NOT met'})` : ''}`,
      );
    }
  }
} finally {
  await browser.close();
  await host.stop();
  bare?.stop();
  simulator.stop();
}
