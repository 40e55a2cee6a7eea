// Issue 15 benchmark (`node scripts/bench-typing.mjs`, after `npx electron-vite build`): typing in a session of
// 4 panes × 1,000 entries against a bare textarea, in one Chromium, interleaved in rounds so that both see the
// same machine. Key → next paint is measured in the page (keydown's timestamp to the second animation frame);
// the host's CPU per keystroke is read from /proc (the browser-mode host is the app's main process), less what the
// host spends idle over as long, measured right after each round.
// `--json` prints one JSON line of rows instead of the table (scripts/bench.mjs combines them).
import { readFileSync } from 'node:fs';
import { launchChromium, median, percentile, printRows, row } from './lib/benchKit.mjs';
import { startHost } from './lib/benchKit.mjs';

const PANES = 4;
const ENTRIES_PER_PANE = 1_000;
// 200 keys: the CPU is read in 10 ms ticks, so one tick is 0.05 ms a key.
const ROUNDS = 8;
const KEYS_PER_ROUND = 25;
const TEXT = 'the quick brown fox jumps ';

/** Creates and saves the busy session through the page's own bridge; the reload then reopens it. */
const seedBusySession = async ({ panes, entries }) => {
  const { api } = globalThis;
  const created = await api['sessions:create']({ name: 'Busy session' });
  if (!created.ok) throw new Error(`sessions:create failed: ${created.error.code}`);
  const at = new Date().toISOString();
  const commands = Array.from({ length: panes }, (_, pane) => ({
    type: 'insertPane',
    afterPaneId: null,
    pane: {
      id: `busy-${pane}`,
      title: '',
      assistant: { id: 101, uuid: '3f6c1b2e-8d4a-4c7e-9b1f-2a5d7e9c0b13', name: 'Clara' },
      conversationType: 'test',
      variables: {},
      conversationId: null,
      profileId: null,
      draft: '',
      costUsd: 0,
      transcript: Array.from({ length: entries }, (_, index) => ({
        id: `p${pane}-m${index}`,
        role: index % 2 === 0 ? 'user' : 'assistant',
        content: `Message ${index} of pane ${pane}: is there a free slot on Tuesday at ten, or later that day?`,
        functionCalls: [],
        at,
        latencyMs: index % 2 === 0 ? null : 840,
      })),
    },
  }));
  const saved = await api['sessions:apply']({ id: created.data.id, commands });
  if (!saved.ok) throw new Error(`sessions:apply failed: ${saved.error.code}`);
  return created.data.id;
};

/** In the page: every keydown's time to just after the next frame (the one painted with it). */
const installPaintProbe = () => {
  globalThis.__keyToPaint = [];
  document.addEventListener(
    'keydown',
    (event) => {
      const start = event.timeStamp;
      // The frame after the key runs its rAF callbacks, then style, layout and paint; a message posted from the
      // callback is handled after that paint.
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => globalThis.__keyToPaint.push(performance.now() - start);
        channel.port2.postMessage(null);
      });
    },
    { capture: true },
  );
};

const takeSamples = (page) =>
  page.evaluate(() => {
    const samples = globalThis.__keyToPaint;
    globalThis.__keyToPaint = [];
    return samples;
  });

/** user + system CPU of a process in ms (clock ticks of /proc/PID/stat; 100 per second on Linux). */
const cpuMs = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};

const QUIET_TICKS_PER_SECOND = 1;
const SETTLE_LIMIT_MS = 20_000;

/** Waits until the process spent at most a tick a second for two seconds running (or gives up after 20 s). */
const settleCpu = async (pid) => {
  let quiet = 0;
  for (let waited = 0; quiet < 2 && waited < SETTLE_LIMIT_MS; waited += 1000) {
    const before = cpuMs(pid);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    quiet = cpuMs(pid) - before <= QUIET_TICKS_PER_SECOND * 10 ? quiet + 1 : 0;
  }
};

const typeKeys = async (page, count) => {
  for (let index = 0; index < count; index += 1) {
    // A random pause first, so that keys fall anywhere in a frame (as a person's do), not just after one.
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 20));
    await page.keyboard.type(TEXT[index % TEXT.length]);
    await page.waitForFunction((expected) => globalThis.__keyToPaint.length >= expected, index + 1, {
      polling: 5,
    });
  }
};

const host = await startHost();
const browser = await launchChromium();
try {
  const app = await browser.newPage();
  await app.goto(host.url);
  await app.getByTestId('statusbar').waitFor();
  const sessionId = await app.evaluate(seedBusySession, { panes: PANES, entries: ENTRIES_PER_PANE });
  await app.reload();
  await app.getByTestId(`session-${sessionId}`).getByTestId('session-open').click();
  await app.getByRole('region', { name: `Pane ${PANES}` }).waitFor({ timeout: 30_000 });
  await app.evaluate(installPaintProbe);
  const appComposer = app.getByRole('region', { name: 'Pane 1' }).getByRole('textbox');
  await appComposer.click();

  const bare = await browser.newPage();
  await bare.setContent('<!doctype html><textarea aria-label="bare" rows="4" cols="60"></textarea>');
  await bare.evaluate(installPaintProbe);
  await bare.getByRole('textbox').click();

  // Opening a 4,000-entry session leaves the host collecting garbage for a while: the keys are measured after.
  await settleCpu(host.pid);
  const appSamples = [];
  const bareSamples = [];
  let appCpu = 0;
  let idleCpu = 0;
  // A warm-up round on each, not counted (first paints, JIT).
  await typeKeys(app, 5);
  await takeSamples(app);
  await typeKeys(bare, 5);
  await takeSamples(bare);
  for (let round = 0; round < ROUNDS; round += 1) {
    await app.bringToFront();
    const before = cpuMs(host.pid);
    const started = performance.now();
    await typeKeys(app, KEYS_PER_ROUND);
    // Whatever the keys set off in main (autosave) happens within a second of the last one.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    appCpu += cpuMs(host.pid) - before;
    // The host's own ticking (timers, the event stream) over as long with nothing typed: what the keys did not cost.
    const idleBefore = cpuMs(host.pid);
    await new Promise((resolve) => setTimeout(resolve, performance.now() - started));
    idleCpu += cpuMs(host.pid) - idleBefore;
    appSamples.push(...(await takeSamples(app)));
    await bare.bringToFront();
    await typeKeys(bare, KEYS_PER_ROUND);
    bareSamples.push(...(await takeSamples(bare)));
  }
  const keys = ROUNDS * KEYS_PER_ROUND;
  const ratio = (app, bare) => app / bare;
  const rows = [
    row(
      'typing',
      `key → next paint, median (app, ${PANES} panes × ${ENTRIES_PER_PANE} entries)`,
      median(appSamples),
      'ms',
    ),
    row('typing', 'key → next paint, median (bare textarea)', median(bareSamples), 'ms'),
    row(
      'typing',
      'key → next paint, median: ratio app / bare',
      ratio(median(appSamples), median(bareSamples)),
      '×',
    ),
    row('typing', 'key → next paint, p95 (app)', percentile(appSamples, 95), 'ms', {
      text: '≤ 16.7 ms',
      limit: 16.7,
    }),
    row('typing', 'key → next paint, p95 (bare textarea)', percentile(bareSamples, 95), 'ms'),
    row(
      'typing',
      'key → next paint, p95: ratio app / bare',
      ratio(percentile(appSamples, 95), percentile(bareSamples, 95)),
      '×',
      { text: '≤ 1.5×', limit: 1.5 },
    ),
    // On all the host spent while typing, its own ticking included: an upper bound on what the keys cost; the idle
    // reading beside it says how much of that the host would have spent anyway.
    row('typing', `host (main) CPU per keystroke, autosave included (${keys} keys)`, appCpu / keys, 'ms', {
      text: '≤ 0.5 ms',
      limit: 0.5,
    }),
    row('typing', 'host (main) CPU idle for as long, per key', idleCpu / keys, 'ms'),
  ];
  if (process.argv.includes('--json')) printRows(rows);
  else
    for (const { metric, value, unit, budget } of rows)
      console.log(`${metric}: ${value.toFixed(2)} ${unit}${budget ? ` (budget ${budget})` : ''}`);
} finally {
  await browser.close();
  await host.stop();
}
