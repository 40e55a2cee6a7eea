// Opens the address the run command printed in the host's Chromium and waits for the app to show the offline
// demo, as a newcomer opening that address would see it. Exit 0 when it does.
//   node openApp.mjs <url> <screenshot.png>
import { chromium } from '@playwright/test';

const [, , url, screenshot] = process.argv;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  // The status bar names the profile in use: a first start is on the built-in simulator.
  await page
    .getByText(/Offline demo|Offline-Demo/)
    .first()
    .waitFor({ timeout: 60_000 });
  await page.screenshot({ path: screenshot });
  console.log(`The app shows the offline demo at ${url.replace(/token=[^&]+/, 'token=…')}`);
} finally {
  await browser.close();
}
