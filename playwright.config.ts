import { defineConfig } from '@playwright/test';
import { CHROMIUM_PATH } from './e2e/fixtures/chromium';

// The background-networking flags keep Chromium off the closed network.
const chromium = {
  browserName: 'chromium' as const,
  headless: true,
  viewport: { width: 1440, height: 900 },
  launchOptions: {
    executablePath: CHROMIUM_PATH,
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
  globalSetup: './e2e/fixtures/chromium.ts',
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
