// Reads a command's output on standard input, passes it on with a prefix, keeps a copy in a log, and writes
// what a newcomer would care about to a JSON file: the longest silence, and when (if ever) the app answered.
//   node watch.mjs <log file> <result.json> [--until-url]
// --until-url: once a line prints the browser mode's address, stop measuring silence there (the app then waits,
// silent by design) and record the address.
import { createWriteStream, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { addressIn } from '../lib/appWindow.mjs';

const [, , logFile, resultFile, ...flags] = process.argv;
const untilUrl = flags.includes('--until-url');

const log = createWriteStream(logFile);
const started = Date.now();
let last = started;
let longest = { ms: 0, after: '(start)' };
let previousLine = '(start)';
let url = null;

const save = () =>
  writeFileSync(
    resultFile,
    JSON.stringify({ longestSilenceMs: longest.ms, silentAfter: longest.after, url }),
  );

for await (const line of createInterface({ input: process.stdin })) {
  const now = Date.now();
  if (!url && now - last > longest.ms) longest = { ms: now - last, after: previousLine.slice(0, 160) };
  last = now;
  previousLine = line;
  log.write(`${((now - started) / 1000).toFixed(1).padStart(7)} ${line}\n`);
  process.stdout.write(`  │ ${line}\n`);
  if (untilUrl && !url) {
    url = addressIn(line);
  }
  save();
}
save();
log.end();
