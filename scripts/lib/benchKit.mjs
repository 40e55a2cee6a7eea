// What the benchmark scripts share: percentiles, the one row shape that scripts/bench.mjs combines, tables,
// and starting the browser-mode host and Chromium the way a person's machine would run them.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { drivenHostArgs, hostCommand } from './hostCommand.mjs';

/** Nearest-rank percentile (p in 0..100) of a non-empty list. */
export const percentile = (values, p) => {
  if (values.length === 0) throw new Error('No values to take a percentile of.');
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
};
export const median = (values) => percentile(values, 50);

/**
 * A benchmark result as scripts/bench.mjs shows it. With a budget, `limit` is the largest value that keeps it
 * (in `unit`), `budget` its text and `met` whether the value keeps it; without one all three are null.
 */
export const row = (benchmark, metric, value, unit, budget = null) => ({
  benchmark,
  metric,
  value,
  unit,
  budget: budget?.text ?? null,
  limit: budget?.limit ?? null,
  met: budget ? value <= budget.limit : null,
});

/** `--json`: a script prints `{"rows":[…]}` on one line instead of its own table. */
export const printRows = (rows) => process.stdout.write(`${JSON.stringify({ rows })}\n`);

export const formatValue = ({ value, unit }) => {
  if (typeof value !== 'number') return String(value);
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toFixed(digits)}${unit ? ` ${unit}` : ''}`;
};

/** A Markdown table; columns listed in `rightAligned` are padded on the left (numbers). */
export const markdownTable = (header, rows, rightAligned = []) => {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((cells) => String(cells[column]).length)),
  );
  const line = (cells) =>
    `| ${cells
      .map((cell, column) =>
        rightAligned.includes(column)
          ? String(cell).padStart(widths[column])
          : String(cell).padEnd(widths[column]),
      )
      .join(' | ')} |`;
  const rule = `|${widths.map((width, column) => (rightAligned.includes(column) ? `${'-'.repeat(width + 1)}:` : '-'.repeat(width + 2))).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
};

export const outDir = () => process.env.APP_OUT_DIR ?? 'out';

export const launchChromium = () =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });

/**
 * Starts the host (`hostCommand`: `node <flags> <out>/main/host.js --json …`) on a fresh user data folder. `lines` yields every further stdout
 * line (the `--perf --json` marks come that way); `stop` ends the process and removes the folder.
 */
export const startHost = async (extraArgs = []) => {
  const userDataDir = mkdtempSync(join(tmpdir(), 'famulor-bench-'));
  const { command, args } = hostCommand(outDir(), drivenHostArgs(userDataDir, extraArgs));
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const nextLine = async (timeoutMs = 30_000) => {
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`The host said nothing for ${timeoutMs} ms.`)), timeoutMs);
    });
    try {
      const next = await Promise.race([lines.next(), timeout, exited.then(() => ({ done: true }))]);
      if (next.done) throw new Error('The host exited before it answered.');
      return next.value;
    } finally {
      clearTimeout(timer);
    }
  };
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(userDataDir, { recursive: true, force: true });
  };
  try {
    const started = JSON.parse(await nextLine());
    return { ...started, pid: child.pid, nextLine, stop };
  } catch (error) {
    await stop();
    throw error;
  }
};

/**
 * Starts the standalone simulator (`out/main/simulator.js`) with a key of its own, so that the app (through a
 * remote profile) and a bare baseline talk to one and the same Famulor twin.
 */
export const startSimulator = async (key, extraArgs = []) => {
  const child = spawn(
    process.execPath,
    [join(outDir(), 'main', 'simulator.js'), '--port', '0', '--key', key, ...extraArgs],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  for await (const line of createInterface({ input: child.stdout })) {
    const baseUrl = /listening on (http:\/\/\S+)/.exec(line)?.[1];
    if (baseUrl) return { baseUrl, key, stop: () => child.kill('SIGTERM') };
  }
  throw new Error('The simulator exited before it listened.');
};

/** One call over the browser host's HTTP protocol, as browserBridge.ts sends it. */
export const bridgeCall = async (host, channel, input) => {
  const origin = new URL(host.url).origin;
  const response = await fetch(`${origin}/api/${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      // What Chromium adds to the page's own POST; the host refuses a call without it.
      Origin: origin,
      'x-playground-token': new URL(host.url).searchParams.get('token'),
    },
    body: JSON.stringify({ input, meta: {} }),
  });
  const result = await response.json();
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.reason ?? result.error.code}`);
  return result.data;
};

/** Points the app at the simulator: a remote profile with the simulator's key held in memory, made active. */
export const useSimulatorProfile = async (host, simulator, name) => {
  const profile = await bridgeCall(host, 'profiles:create', {
    name,
    baseUrl: simulator.baseUrl,
    kind: 'remote',
  });
  await bridgeCall(host, 'secret:set', { profileId: profile.id, key: simulator.key, backend: 'memory' });
  await bridgeCall(host, 'profiles:activate', { id: profile.id });
};

/** The resident memory of a process (Linux), in bytes. */
export const residentBytes = (pid) => {
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`No VmRSS for process ${pid}.`);
  return Number(match[1]) * 1024;
};
