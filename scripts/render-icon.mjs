// Renders build/icon.svg to the 512×512 PNG electron-builder turns into .ico, .icns and the Linux icon set.
// Run it after editing the SVG: `node scripts/render-icon.mjs` (uses the system Chromium, no download).
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SIZE = 512;
const svg = readFileSync('build/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.locator('svg').screenshot({ path: 'build/icon.png', omitBackground: true });
  console.log(`build/icon.png (${SIZE}×${SIZE}) written.`);
} finally {
  await browser.close();
}
