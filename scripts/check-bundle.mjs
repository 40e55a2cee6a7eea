// The renderer's first-load budget: the JavaScript a window fetches before the shell can run, gzipped, must
// stay under 300 KB, and no one file of it over 256 KB as built: Chromium parses each script on a thread of its own
// while it arrives, so one large entry holds the page for its whole parse (electron.vite.config.ts: firstLoadChunk).
// Follows what the built index.html loads (module script, modulepreloads and their static imports; views loaded
// with import() are not counted) in out/renderer, or APP_OUT_DIR's renderer. Neither the
// first load nor the desktop preload may carry zod: main validates, the page only needs the channels' names.
//
//   node scripts/check-bundle.mjs          table, exit 1 over budget
//   node scripts/check-bundle.mjs --json   one JSON line of rows for scripts/bench.mjs
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { firstLoadScripts, totalGzipBytes } from './lib/firstLoad.mjs';

const FIRST_LOAD_BUDGET_BYTES = 300 * 1024;
// React DOM alone is 208 KB; the entry was 466 KB before the first load was split.
const LARGEST_SCRIPT_BYTES = 256 * 1024;
// The browser host injects this script into index.html (src/main/host/staticFiles.ts: injectBridge).
const BROWSER_BRIDGE = { path: 'bridge.js', via: 'injected by the browser host' };

const rendererDir = join(process.env.APP_OUT_DIR ?? 'out', 'renderer');
const json = process.argv.includes('--json');
if (!existsSync(join(rendererDir, 'index.html'))) {
  console.error(`No renderer build in ${rendererDir}: run \`npx electron-vite build\` first.`);
  process.exit(2);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const scenarios = [
  { name: 'desktop window', scripts: firstLoadScripts(rendererDir) },
  { name: 'browser mode', scripts: firstLoadScripts(rendererDir, [BROWSER_BRIDGE]) },
].map((scenario) => ({ ...scenario, gzipBytes: totalGzipBytes(scenario.scripts) }));
const met = (scenario) => scenario.gzipBytes <= FIRST_LOAD_BUDGET_BYTES;
const largest = scenarios[1].scripts.reduce((big, script) => (script.bytes > big.bytes ? script : big));
const largestMet = largest.bytes <= LARGEST_SCRIPT_BYTES;
const preloadPath = join(rendererDir, '..', 'preload', 'index.cjs');
const withZod = [
  ...scenarios[1].scripts.filter((script) => script.hasZod).map((script) => script.path),
  ...(existsSync(preloadPath) && /["']ZodError["']/.test(readFileSync(preloadPath, 'utf8'))
    ? ['preload/index.cjs']
    : []),
];

if (json) {
  const rows = scenarios.map((scenario) => ({
    benchmark: 'bundle',
    metric: `first-load JS, gzipped (${scenario.name})`,
    value: scenario.gzipBytes / 1024,
    unit: 'KB',
    budget: `≤ ${kb(FIRST_LOAD_BUDGET_BYTES)}`,
    limit: FIRST_LOAD_BUDGET_BYTES / 1024,
    met: met(scenario),
  }));
  rows.push({
    benchmark: 'bundle',
    metric: 'largest first-load script, as built',
    value: largest.bytes / 1024,
    unit: 'KB',
    budget: `≤ ${kb(LARGEST_SCRIPT_BYTES)}`,
    limit: LARGEST_SCRIPT_BYTES / 1024,
    met: largestMet,
  });
  process.stdout.write(`${JSON.stringify({ rows })}\n`);
} else {
  const browser = scenarios[1];
  const rows = browser.scripts.map((script) => [
    script.path,
    script.via,
    kb(script.bytes),
    kb(script.gzipBytes),
  ]);
  const header = ['file', 'loaded by', 'size', 'gzipped'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column].length)),
  );
  const line = (cells) =>
    `| ${cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')} |`;
  console.log(`First-load JavaScript of ${rendererDir}`);
  console.log(line(header));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
  for (const scenario of scenarios) {
    console.log(
      `${scenario.name}: ${kb(scenario.gzipBytes)} gzipped of ${kb(FIRST_LOAD_BUDGET_BYTES)} — ${met(scenario) ? 'within budget' : 'OVER BUDGET'}`,
    );
  }
  console.log(
    `largest file: ${largest.path}, ${kb(largest.bytes)} of ${kb(LARGEST_SCRIPT_BYTES)} — ${largestMet ? 'within budget' : 'OVER BUDGET'}`,
  );
}
if (withZod.length > 0) console.error(`zod is in the first load: ${withZod.join(', ')}.`);
if (!scenarios.every(met) || !largestMet || withZod.length > 0) process.exitCode = 1;
