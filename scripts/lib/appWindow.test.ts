import { describe, expect, it } from 'vitest';
import { addressIn, appWindowArgs, findAppBrowser } from './appWindow.mjs';

const only = (path: string) => (candidate: string) => candidate === path;

describe('the browser mode in an app window', () => {
  it('opens where a display and a Chromium are there, preferring CHROMIUM_PATH', () => {
    expect(
      findAppBrowser({ platform: 'linux', env: { DISPLAY: ':0' }, exists: only('/usr/bin/chromium') }),
    ).toBe('/usr/bin/chromium');
    expect(
      findAppBrowser({
        platform: 'linux',
        env: { DISPLAY: ':0', CHROMIUM_PATH: '/opt/c' },
        exists: () => true,
      }),
    ).toBe('/opt/c');
  });

  it('only prints the address on a Linux machine without a display, or without a browser', () => {
    expect(findAppBrowser({ platform: 'linux', env: {}, exists: () => true })).toBeNull();
    expect(
      findAppBrowser({ platform: 'linux', env: { WAYLAND_DISPLAY: 'w' }, exists: () => false }),
    ).toBeNull();
  });

  it('finds Chrome where macOS keeps it', () => {
    expect(
      findAppBrowser({
        platform: 'darwin',
        env: {},
        exists: only('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'),
      }),
    ).toContain('Google Chrome');
  });

  it('reads the address from the host’s line and gives the window its own profile', () => {
    const url = 'http://127.0.0.1:41234/?token=abc';
    expect(addressIn(`Famulor Playground is running in browser mode: ${url}\n`)).toBe(url);
    expect(addressIn('Building the app…')).toBeNull();
    expect(appWindowArgs(url, '/data')).toEqual([
      `--app=${url}`,
      '--user-data-dir=/data/app-window',
      '--no-first-run',
      '--no-default-browser-check',
    ]);
    expect(appWindowArgs(url, '/data', { root: true })).toContain('--no-sandbox');
  });
});
