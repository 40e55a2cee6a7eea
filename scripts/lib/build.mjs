// Builds the app with electron-vite when any output is older than the sources it comes from.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const newestSource = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs;
    return Math.max(newest, time);
  }, 0);

export const buildIfNeeded = () => {
  const outputs = [
    'out/main/index.js',
    'out/main/host.js',
    'out/main/simulator.js',
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
  console.log('Building the app…');
  const build = spawnSync(
    process.execPath,
    [join('node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
};
