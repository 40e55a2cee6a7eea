// Benchmarks the session store on disk: with 100 and with 1,000 sessions of 200 messages each, how long
// start-up takes to load the session list, how long appending one message and saving it takes, what a
// keystroke's draft costs main, and what a keystroke in the full-text sessions search costs (against a bare
// includes loop over the same messages in memory). Both go through `apply`, the path sessions:apply takes. Appending must not grow
// with the number of sessions (one session file is rewritten, not all of them).
//
//   node scripts/bench-store.mjs            (npm run bench:store)
//   node scripts/bench-store.mjs 100 1000 5000   (other session counts)
//   node scripts/bench-store.mjs --json          (one JSON line of rows, for scripts/bench.mjs)
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { median, percentile, printRows, row } from './lib/benchKit.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MESSAGES_PER_SESSION = 200;
const APPENDS = 200;
const WARM_UP = 20;
const START_UPS = 7;
const counts = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const SESSION_COUNTS = counts.length > 0 ? counts : [100, 1000];

/** The store is TypeScript; bundle it next to node_modules so its packages (conf) resolve as in the app. */
const loadStore = async () => {
  const outfile = join(ROOT, 'node_modules', '.cache', 'famulor-bench', `session-store-${process.pid}.mjs`);
  await build({
    entryPoints: [join(ROOT, 'src', 'main', 'sessions', 'sessionStore.ts')],
    outfile,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
  });
  const module = await import(pathToFileURL(outfile).href);
  rmSync(outfile, { force: true });
  return module.createSessionStore;
};

const sentence = (n) =>
  `Message ${n}: the customer asks about order A-${1000 + n}, delivery on ${(n % 28) + 1} June and a refund of ${(n % 90) + 10} euros.`;

const makeSession = (id, index) => {
  const started = Date.parse('2026-05-01T08:00:00.000Z') + index * 60_000;
  const transcript = Array.from({ length: MESSAGES_PER_SESSION }, (_, n) => ({
    id: `m${n + 1}`,
    role: n % 2 === 0 ? 'user' : 'assistant',
    content: sentence(n).repeat(1 + (n % 3)),
    functionCalls:
      n % 10 === 9
        ? [{ name: 'lookup_order', arguments: { order: `A-${1000 + n}` }, result: { status: 'shipped' } }]
        : [],
    at: new Date(started + n * 1000).toISOString(),
    latencyMs: n % 2 === 0 ? null : 800 + (n % 7) * 100,
  }));
  return {
    schemaVersion: 4,
    id,
    name: `Session ${index + 1}`,
    createdAt: new Date(started).toISOString(),
    updatedAt: new Date(started + MESSAGES_PER_SESSION * 1000).toISOString(),
    revision: 0,
    notes: '',
    variableSets: [],
    replayScripts: [],
    lastComparison: null,
    panes: [
      {
        id: 'pane-1',
        title: 'Support bot',
        assistant: { id: 7, uuid: '6f1c2d3e-0000-4000-8000-000000000007', name: 'Support bot' },
        conversationType: 'test',
        variables: { customer_name: 'Ada' },
        conversationId: null,
        profileId: null,
        draft: '',
        costUsd: 0,
        transcript,
      },
    ],
  };
};

const generate = (dir, count) => {
  const sessionsDir = join(dir, 'sessions');
  mkdirSync(sessionsDir, { recursive: true });
  let bytes = 0;
  const ids = [];
  for (let index = 0; index < count; index += 1) {
    const id = `bench-${String(index).padStart(5, '0')}`;
    const text = JSON.stringify(makeSession(id, index));
    writeFileSync(join(sessionsDir, `${id}.json`), text, { mode: 0o600 });
    bytes += text.length;
    ids.push(id);
  }
  return { ids, bytes };
};

// What a person types into the sessions search, one keystroke at a time: a phrase every session holds (the
// search stops at its first 100 hits) and a word none holds (every message of every session is scanned).
const TYPED = ['delivery on 13 June', 'Dienstagstermin'];
const keystrokes = TYPED.flatMap((phrase) => Array.from(phrase, (_, n) => phrase.slice(0, n + 1)));
const SEARCH_ROUNDS = 5;

/**
 * The bare baseline: the same messages as plain strings in memory, already lower-cased, and a loop asking
 * `includes` of every word per session: what a search costs with no store, folding or snippets.
 */
const bareSearch = (texts, query) => {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const hits = [];
  for (const messages of texts) {
    if (words.every((word) => messages.some((message) => message.includes(word)))) hits.push(messages);
    if (hits.length === 100) break;
  }
  return hits.length;
};

const searchBenchmark = async (store, ids) => {
  const prepareMs = await timed(() => store.prepareSearch());
  const texts = ids.map((_, index) =>
    makeSession('x', index).panes[0].transcript.map((entry) => entry.content.toLowerCase()),
  );
  const searchMs = [];
  const bareMs = [];
  for (let round = 0; round < SEARCH_ROUNDS; round += 1) {
    for (const query of keystrokes) {
      // Interleaved, so that both see the same machine at the same moment.
      const started = performance.now();
      store.search(query);
      searchMs.push(performance.now() - started);
      const bareStarted = performance.now();
      bareSearch(texts, query);
      bareMs.push(performance.now() - bareStarted);
    }
  }
  return { prepareMs, searchMs, bareMs };
};

const timed = async (run) => {
  const started = performance.now();
  await run();
  return performance.now() - started;
};
const quiet = { error: () => undefined };

const benchmark = async (createSessionStore, count) => {
  const dir = mkdtempSync(join(tmpdir(), 'famulor-bench-'));
  try {
    const { ids, bytes } = generate(dir, count);

    const first = createSessionStore({ dir, logger: quiet });
    const rebuildMs = await timed(() => first.load());
    await first.close();

    const startUps = [];
    for (let run = 0; run < START_UPS; run += 1) {
      const store = createSessionStore({ dir, logger: quiet });
      startUps.push(await timed(() => store.load()));
      await store.close();
    }

    const store = createSessionStore({ dir, logger: quiet });
    await store.load();
    const open = ids.filter((_, index) => index % Math.max(1, Math.floor(count / 20)) === 0).slice(0, 20);
    for (const id of open) store.get(id);
    const appendMs = [];
    const withIndexMs = [];
    const append = (id, n) =>
      store.apply(id, [
        {
          type: 'appendEntries',
          paneId: 'pane-1',
          entries: [
            {
              id: `appended-${n}`,
              role: 'user',
              content: `Appended message ${n}: ${sentence(n)}`,
              functionCalls: [],
              at: new Date().toISOString(),
              latencyMs: null,
            },
          ],
        },
      ]);
    for (let n = 0; n < WARM_UP + APPENDS; n += 1) {
      const id = open[n % open.length];
      const ms = await timed(async () => {
        append(id, n);
        await store.flush(id);
      });
      if (n >= WARM_UP) appendMs.push(ms);
      if (n >= WARM_UP && n % 10 === 0) {
        append(id, -n);
        withIndexMs.push(await timed(() => store.flush()));
      }
    }
    // A keystroke: main applies the draft and leaves the write to its debounce (CPU time, not disk).
    const draftCpuMs = [];
    const [typedIn] = open;
    for (let n = 0; n < WARM_UP + APPENDS; n += 1) {
      const before = process.cpuUsage();
      store.apply(typedIn, [{ type: 'setDraft', paneId: 'pane-1', draft: 'x'.repeat(n % 80) }]);
      const used = process.cpuUsage(before);
      if (n >= WARM_UP) draftCpuMs.push((used.user + used.system) / 1000);
    }
    const search = await searchBenchmark(store, ids);
    await store.close();
    return {
      ...search,
      count,
      megabytes: bytes / 1e6,
      rebuildMs,
      startUpMs: median(startUps),
      appendMs,
      withIndexMs,
      draftCpuMs,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

const createSessionStore = await loadStore();
const results = [];
for (const count of SESSION_COUNTS) {
  process.stderr.write(`generating and measuring ${count} sessions × ${MESSAGES_PER_SESSION} messages…\n`);
  results.push(await benchmark(createSessionStore, count));
}

const [smallest, largest] = [results[0], results[results.length - 1]];
const growth =
  smallest && largest && smallest !== largest ? median(largest.appendMs) / median(smallest.appendMs) : null;
// Generous bound: disk latency is noisy, but linear growth would be 10×.
const GROWTH_BUDGET = 2.5;
// Issue 20's target for a keystroke in the sessions search.
const SEARCH_BUDGET_MS = 50;
// Issue 15's target for main's share of a keystroke.
const DRAFT_CPU_BUDGET_MS = 0.5;
// process.cpuUsage has microsecond resolution: the mean of many keystrokes, not a median of zeros.
const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;

if (process.argv.includes('--json')) {
  const storeRow = (metric, value, unit, budget = null) => row('store', metric, value, unit, budget);
  const rows = results.flatMap((r) => [
    storeRow(`start-up: load the index of ${r.count} sessions`, r.startUpMs, 'ms'),
    storeRow(`append+save, ${r.count} sessions, median`, median(r.appendMs), 'ms'),
    storeRow(`append+save, ${r.count} sessions, p95`, percentile(r.appendMs, 95), 'ms'),
    storeRow(`main CPU to apply a keystroke's draft, ${r.count} sessions, mean`, mean(r.draftCpuMs), 'ms', {
      text: `≤ ${DRAFT_CPU_BUDGET_MS} ms`,
      limit: DRAFT_CPU_BUDGET_MS,
    }),
    storeRow(`search: read every session's text, ${r.count} sessions`, r.prepareMs, 'ms'),
    storeRow(
      `search a keystroke, ${r.count} × ${MESSAGES_PER_SESSION} messages, p95`,
      percentile(r.searchMs, 95),
      'ms',
      {
        text: `≤ ${SEARCH_BUDGET_MS} ms`,
        limit: SEARCH_BUDGET_MS,
      },
    ),
    // p95: the keystrokes of the word no session holds, where both scan every message.
    storeRow(
      `search a keystroke vs a bare includes loop, ${r.count} sessions, p95`,
      percentile(r.searchMs, 95) / percentile(r.bareMs, 95),
      '×',
    ),
  ]);
  if (growth !== null) {
    rows.push(
      storeRow(`append+save median, ${largest.count} vs ${smallest.count} sessions`, growth, '×', {
        text: `≤ ${GROWTH_BUDGET}×`,
        limit: GROWTH_BUDGET,
      }),
    );
  }
  printRows(rows);
} else {
  const columns = [
    ['sessions', (r) => String(r.count)],
    ['on disk', (r) => `${r.megabytes.toFixed(1)} MB`],
    ['first start (index rebuilt)', (r) => `${r.rebuildMs.toFixed(0)} ms`],
    ['start-up (load index)', (r) => `${r.startUpMs.toFixed(1)} ms`],
    ['append+save median', (r) => `${median(r.appendMs).toFixed(2)} ms`],
    ['append+save p95', (r) => `${percentile(r.appendMs, 95).toFixed(2)} ms`],
    ['append+save+index median', (r) => `${median(r.withIndexMs).toFixed(2)} ms`],
    ['draft apply CPU mean', (r) => `${mean(r.draftCpuMs).toFixed(3)} ms`],
    ['search: read texts', (r) => `${r.prepareMs.toFixed(0)} ms`],
    [
      'search keystroke median / p95',
      (r) => `${median(r.searchMs).toFixed(1)} / ${percentile(r.searchMs, 95).toFixed(1)} ms`,
    ],
    [
      'bare includes median / p95',
      (r) => `${median(r.bareMs).toFixed(1)} / ${percentile(r.bareMs, 95).toFixed(1)} ms`,
    ],
  ];
  const widths = columns.map(([title], index) =>
    Math.max(title.length, ...results.map((r) => columns[index][1](r).length)),
  );
  const tableRow = (cells) => `| ${cells.map((cell, index) => cell.padStart(widths[index])).join(' | ')} |`;
  console.log(tableRow(columns.map(([title]) => title)));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const result of results) console.log(tableRow(columns.map(([, cell]) => cell(result))));
  if (growth !== null) {
    console.log(
      `\nappend+save median at ${largest.count} vs ${smallest.count} sessions: ${growth.toFixed(2)}× ` +
        `(${MESSAGES_PER_SESSION}-message sessions, ${APPENDS} appends, fsync on every save)`,
    );
  }
}
if (growth !== null && growth > GROWTH_BUDGET) {
  console.error('FAIL: appending grows with the number of sessions.');
  process.exitCode = 1;
}
