// Builds the app with electron-vite when any output is older than the sources it comes from.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runWithProgress } from './progress.mjs';

const newestSource = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs;
    return Math.max(newest, time);
  }, 0);

export const buildIfNeeded = async () => {
  const outputs = [
    'out/main/index.js',
    'out/main/host.js',
    'out/main/simulator.js',
    'out/main/cli.js',
    'out/preload/index.cjs',
    'out/renderer/index.html',
  ];
  const oldestOutput = Math.min(...outputs.map((file) => (existsSync(file) ? statSync(file).mtimeMs : 0)));
  const newestInput = Math.max(
    newestSource('src'),
    newestSource('resources'),
    statSync('package.json').mtimeMs,
  );
  if (oldestOutput > newestInput) return;
  console.log('Building the app (about 15 s the first time)…');
  const status = await runWithProgress(
    'building the app',
    process.execPath,
    [join('node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
    { quiet: true },
  );
  if (status !== 0) process.exit(status);
};
