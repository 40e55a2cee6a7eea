import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startRuntime } from '../runtime';
import { defaultUserDataDir, APP_NAME } from '../userData';
import { startHost } from './server';
import { APP_VERSION } from '../version';

// `npm run web`: the browser mode. Runs main's handlers in plain Node and serves the renderer on loopback.
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    'user-data-dir': { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});

const here = dirname(fileURLToPath(import.meta.url));
const userDataDir = resolve(values['user-data-dir'] ?? defaultUserDataDir());
mkdirSync(userDataDir, { recursive: true, mode: 0o700 });

const runtime = await startRuntime({
  info: { name: APP_NAME, version: APP_VERSION, mode: 'browser', platform: process.platform, userDataDir },
});
const host = await startHost({
  rendererDir: join(here, '../renderer'),
  dispatcher: runtime.dispatcher,
  events: runtime.services.events,
  port: Number(values.port),
});

if (values.json) {
  process.stdout.write(`${JSON.stringify({ url: host.url, port: host.port, userDataDir })}\n`);
} else {
  console.log(`${APP_NAME} is running in browser mode: ${host.url}`);
  console.log('Open that address in a browser (the token in it is required). Press Ctrl+C to stop.');
}

const stop = async () => {
  await host.close();
  await runtime.services.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
