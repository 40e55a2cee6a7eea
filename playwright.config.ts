import { defineConfig } from '@playwright/test';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Debian's Chromium, never a downloaded one; the background-networking flags keep it off the closed network.
const chromium = {
  browserName: 'chromium' as const,
  headless: true,
  viewport: { width: 1440, height: 900 },
  launchOptions: {
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  },
};

/**
 * One suite, two targets: `browser` runs the browser mode in Debian's Chromium everywhere; `electron` runs the
 * same specs in the desktop app wherever Electron's binary exists (the fixture skips it, saying why, elsewhere).
 */
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  projects: [
    { name: 'browser', use: chromium },
    // The fixture launches Electron itself; the Chromium settings only serve Playwright's own browser fixture.
    { name: 'electron', use: chromium },
  ],
});
