// Where Electron's runtime is missing, `npm start` serves the browser mode; where a Chromium or Chrome and a
// display are there, it also opens the address in an app window of its own (no tabs, no address bar).
import { join } from 'node:path';

const CANDIDATES = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  ],
};

/** The browser to open the app in, or null: CHROMIUM_PATH first, then the usual places; on Linux only with a display. */
export const findAppBrowser = ({ platform, env, exists }) => {
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) return null;
  const candidates = [env.CHROMIUM_PATH, ...(CANDIDATES[platform] ?? [])].filter(Boolean);
  return candidates.find((path) => exists(path)) ?? null;
};

/**
 * Its own profile, so the window is not a tab of the user's browser and keeps nothing of theirs. Chromium refuses
 * to start as root with its sandbox; the page is the app's own, on loopback.
 */
export const appWindowArgs = (url, userDataDir, { root = false } = {}) => [
  `--app=${url}`,
  `--user-data-dir=${join(userDataDir, 'app-window')}`,
  '--no-first-run',
  '--no-default-browser-check',
  ...(root ? ['--no-sandbox'] : []),
];

/** The browser mode's address in the host's first lines ("… running in browser mode: http://127.0.0.1:…"). */
export const addressIn = (text) =>
  /running in browser mode: (http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(text)?.[1] ?? null;
