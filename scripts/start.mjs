// `npm start`: build when the sources changed, then open the desktop app; where Electron's binary cannot be had,
// say so in one line and start the browser mode instead. `npm run web` (--web) asks for the browser mode.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
// Paths below are relative to the project, wherever npm was started from.
process.chdir(join(dirname(fileURLToPath(import.meta.url)), '..'));
const args = process.argv.slice(2);
const wantsWeb = args.includes('--web');
const passThrough = args.filter((arg) => arg !== '--web');

const newestSource = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs;
    return Math.max(newest, time);
  }, 0);

const buildIfNeeded = () => {
  const outputs = [
    'out/main/index.js',
    'out/main/host.js',
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

const electronBinary = () => {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
};

/** Electron's install script is not run by npm here (see allowScripts); fetch the runtime once, on demand. */
const fetchElectron = () => {
  const install = spawnSync(process.execPath, [join('node_modules', 'electron', 'install.js')], {
    stdio: 'pipe',
    timeout: 120_000,
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '' },
  });
  return install.status === 0 ? electronBinary() : null;
};

const run = (command, commandArgs) => {
  const child = spawn(command, commandArgs, { stdio: 'inherit' });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code) => process.exit(code ?? 0));
};

buildIfNeeded();
const startBrowserMode = () => run(process.execPath, ['out/main/host.js', ...passThrough]);

if (wantsWeb) {
  startBrowserMode();
} else {
  const electron = electronBinary() ?? fetchElectron();
  if (electron) {
    console.log('Opening Famulor Playground. Close the window or press Ctrl+C to stop.');
    run(electron, ['.', ...passThrough]);
  } else {
    console.log(
      "Electron's runtime could not be downloaded here (it comes from outside the npm registry), so the app starts in browser mode instead.",
    );
    startBrowserMode();
  }
}
