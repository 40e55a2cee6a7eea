// Takes the README's screenshots from the real app in browser mode (light and dark): `node scripts/screenshots.mjs`.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { hostCommand } from './lib/hostCommand.mjs';

/** A host on a fresh data folder: each colour scheme starts from the same first screen. */
const startHost = async () => {
  const { command, args } = hostCommand(process.env.APP_OUT_DIR ?? 'out', [
    '--json',
    '--user-data-dir',
    mkdtempSync(join(tmpdir(), 'shots-')),
  ]);
  const host = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const [line] = await once(createInterface({ input: host.stdout }), 'line');
  return { host, url: JSON.parse(line).url };
};
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});

const shots = (await import('./screenshot-scenes.mjs')).scenes;
const hosts = [];
try {
  for (const colorScheme of ['light', 'dark']) {
    const { host, url } = await startHost();
    hosts.push(host);
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme });
    for (const scene of shots) {
      await page.goto(url);
      await page.getByTestId('status-mode').waitFor();
      await scene.run(page);
      await page.screenshot({ path: join('docs', 'screenshots', `${scene.name}-${colorScheme}.png`) });
      console.log(`docs/screenshots/${scene.name}-${colorScheme}.png`);
    }
    await page.close();
    host.kill('SIGTERM');
  }
} finally {
  await browser.close();
  for (const host of hosts) host.kill('SIGTERM');
}
