// `npm start`: build when the sources changed, then open the desktop app; where Electron's binary cannot be had,
// say so in one line and start the browser mode instead. `npm run web` (--web) asks for the browser mode.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { addressIn, appWindowArgs, findAppBrowser } from './lib/appWindow.mjs';
import { buildIfNeeded } from './lib/build.mjs';
import { hostCommand } from './lib/hostCommand.mjs';
import { runWithProgress } from './lib/progress.mjs';

const require = createRequire(import.meta.url);
// Paths below are relative to the project, wherever npm was started from.
process.chdir(join(dirname(fileURLToPath(import.meta.url)), '..'));
const args = process.argv.slice(2);
const wantsWeb = args.includes('--web');
const passThrough = args.filter((arg) => arg !== '--web');

const electronBinary = () => {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
};

/** Electron's install script is not run by npm here (see allowScripts); fetch the runtime once, on demand. */
const fetchElectron = async () => {
  console.log("Downloading Electron's runtime (it comes from github.com, outside the npm registry)…");
  const status = await runWithProgress(
    "downloading Electron's runtime",
    process.execPath,
    [join('node_modules', 'electron', 'install.js')],
    { quiet: true, timeoutMs: 120_000, env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '' } },
  );
  return status === 0 ? electronBinary() : null;
};

const run = (command, commandArgs) => {
  const child = spawn(command, commandArgs, { stdio: 'inherit' });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code) => process.exit(code ?? 0));
};

/** keytar is optional: where its native build failed at install, say so once, plainly (npm printed its errors). */
const noteMissingKeychain = () => {
  try {
    require('keytar');
  } catch {
    console.log(
      'Note: the system keychain module (keytar) could not be built at install (on Debian or Ubuntu it needs ' +
        'libsecret-1-dev and pkg-config). The app runs all the same; Settings says how to add it before you store a key.',
    );
  }
};

await buildIfNeeded();
noteMissingKeychain();
/** The browser mode; where a Chromium or Chrome and a display are there, its address opens in an app window. */
const startBrowserMode = () => {
  const browser = findAppBrowser({ platform: process.platform, env: process.env, exists: existsSync });
  const { command, args: hostArgs } = hostCommand('out', passThrough);
  if (!browser) return run(command, hostArgs);
  const host = spawn(command, hostArgs, {
    stdio: ['inherit', 'pipe', 'inherit'],
  });
  let opened = false;
  host.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    const url = opened ? null : addressIn(chunk.toString());
    if (!url) return;
    opened = true;
    spawn(
      browser,
      appWindowArgs(url, join(tmpdir(), 'famulor-playground'), { root: process.getuid?.() === 0 }),
      {
        stdio: 'ignore',
        detached: true,
      },
    ).unref();
    console.log(`Opened it in an app window of ${browser}.`);
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => host.kill(signal));
  host.on('exit', (code) => process.exit(code ?? 0));
};

if (wantsWeb) {
  startBrowserMode();
} else {
  const electron = electronBinary() ?? (await fetchElectron());
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
