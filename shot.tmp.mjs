import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
const dir = mkdtempSync('/tmp/famulor-shot-');
const host = spawn(process.execPath, ['out/main/host.js', '--json', '--user-data-dir', dir], { stdio: ['ignore', 'pipe', 'inherit'] });
const { url } = await new Promise((r) => host.stdout.once('data', (c) => r(JSON.parse(c.toString()))));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking'] });
for (const locale of ['en-US', 'de-DE']) {
  const page = await (await browser.newContext({ locale, viewport: { width: 1280, height: 800 } })).newPage();
  await page.goto(url);
  await page.getByRole('link', { name: /Settings|Einstellungen/ }).or(page.getByRole('button', { name: /Settings|Einstellungen/ })).first().click();
  await page.getByRole('button', { name: /New profile|Neues Profil/ }).first().click().catch(() => {});
  await page.getByRole('textbox', { name: 'Name' }).fill('Staging');
  await page.getByRole('button', { name: /Create profile|Profil anlegen/ }).click();
  await page.getByTestId('keychain-unavailable').waitFor({ timeout: 20000 });
  await page.waitForTimeout(500);
  await page.screenshot({ path: `/tmp/settings-${locale}.png` });
}
await browser.close(); host.kill();
