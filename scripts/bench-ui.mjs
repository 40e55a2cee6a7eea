// Issue 6 benchmark (`node scripts/bench-ui.mjs`, after `npx electron-vite build`): in Chromium via Playwright,
// the time from opening the 10,000-message seeded thread to its first screen, frame times while scrolling it
// to the end (median and p95 of requestAnimationFrame intervals in the page), and the renderer's JS heap after.
// `--json` prints one JSON line of rows instead of the table (scripts/bench.mjs combines them).
import { launchChromium, median, percentile, printRows, row, startHost } from './lib/benchKit.mjs';

const LONG_THREAD_CUSTOMER = '+4917612340987';
const OPEN_RUNS = 3;
// Pixels per frame: a brisk, sustained scroll (about 100 messages a second at 60 Hz).
const SCROLL_STEP_PX = 1200;

const host = await startHost();
const { url } = host;
const browser = await launchChromium();
const ms = (value) => `${value.toFixed(1)} ms`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Clicks "open" on the long thread's row and resolves when its first message is on screen and painted. */
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
        const done = () => {
          if (!document.querySelector('[data-testid="message-0"]')) return false;
          // The frame after the one that inserted the rows is the first one painted with them.
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)));
          return true;
        };
        const observer = new MutationObserver(() => done() && observer.disconnect());
        observer.observe(document.body, { subtree: true, childList: true });
        button.click();
      }),
  );

/** Scrolls the history to its end one step per frame, recording every frame interval on the way. */
const scrollToEnd = (page, step) =>
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
          const atEnd = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1;
          // Row heights are measured as rows appear, so the end moves; it is reached when it stays put.
          settled = atEnd ? settled + 1 : 0;
          if (settled >= 5) {
            resolve({ frames, lastVisible: Boolean(document.querySelector('[data-testid="message-9999"]')) });
            return;
          }
          scroller.scrollTop += stepPx;
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    step,
  );

try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(url);
  await page.getByTestId('status-mode').waitFor();
  await page.getByTestId('nav-threads').click();
  await page.getByTestId('filter-customer-phone').fill(LONG_THREAD_CUSTOMER);
  await page.getByTestId('filter-apply').click();
  await page.getByTestId('thread-cell-messages').getByText('10,000', { exact: true }).waitFor();

  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const heapBefore = await heap();

  const openTimes = [];
  for (let run = 0; run < OPEN_RUNS; run += 1) {
    openTimes.push(await openToFirstScreen(page));
    if (run < OPEN_RUNS - 1) {
      await page.getByTestId('thread-back').click();
      await page.getByTestId('thread-browser').waitFor();
    }
  }
  const scroll = await scrollToEnd(page, SCROLL_STEP_PX);
  if (!scroll.lastVisible) throw new Error('Scrolling did not reach message 10,000.');
  const heapAfter = await heap();

  const rows = [
    ['Open 10,000-message thread → first screen (first run)', openTimes[0], 'ms'],
    [`Open → first screen (median of ${OPEN_RUNS} runs)`, median(openTimes), 'ms'],
    [`Scroll to end: frames`, scroll.frames.length, 'frames'],
    ['Scroll to end: frame time median', median(scroll.frames), 'ms'],
    ['Scroll to end: frame time p95', percentile(scroll.frames, 95), 'ms'],
    ['Scroll to end: longest frame', Math.max(...scroll.frames), 'ms'],
    ['Renderer JS heap before opening (after GC)', heapBefore, 'bytes'],
    ['Renderer JS heap after scrolling (after GC)', heapAfter, 'bytes'],
  ];
  if (process.argv.includes('--json')) {
    const asRow = ([metric, value, unit]) =>
      unit === 'bytes' ? row('ui', metric, value / 1024 / 1024, 'MB') : row('ui', metric, value, unit);
    printRows(rows.map(asRow));
  } else {
    const shown = (value, unit) => (unit === 'ms' ? ms(value) : unit === 'bytes' ? mb(value) : String(value));
    const width = Math.max(...rows.map(([label]) => label.length));
    console.log(`| ${'Measure'.padEnd(width)} | Value      |`);
    console.log(`|${'-'.repeat(width + 2)}|------------|`);
    for (const [label, value, unit] of rows)
      console.log(`| ${label.padEnd(width)} | ${shown(value, unit).padEnd(10)} |`);
  }
} finally {
  await browser.close();
  await host.stop();
}
