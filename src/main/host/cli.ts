import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppInfo } from '../../shared/ipc/channels/app';
import { endProcess } from '../endProcess';
import { perfFromArgs } from '../perf/perfFromArgs';
import { defaultUserDataDir, APP_NAME } from '../userData';
import { deferredDispatcher, deferredEvents, loadOnDemand } from './deferredRuntime';
import { parseHostArgs } from './hostArgs';
import { startHost } from './server';
import { APP_VERSION } from '../version';

// `npm run web`: the browser mode. Runs main's handlers in plain Node and serves the renderer on loopback.

/** A host whose address nobody opened yet loads main's runtime after this long anyway, to be ready (and to report a
 * runtime that cannot start) before a person has pasted the address. */
const RUNTIME_WITHOUT_PAGE_MS = 1000;
const parsed = parseHostArgs(process.argv.slice(2));
if (parsed.kind !== 'run') {
  (parsed.kind === 'help' ? process.stdout : process.stderr).write(parsed.text);
  process.exit(parsed.kind === 'help' ? 0 : 2);
}
const values = parsed.args;
const perf = perfFromArgs({ perf: values.perf, json: values.json }, (text) => process.stdout.write(text));
perf.mark('main start');

const here = dirname(fileURLToPath(import.meta.url));
const userDataDir = resolve(values.userDataDir ?? defaultUserDataDir());
mkdirSync(userDataDir, { recursive: true, mode: 0o700 });

const info: AppInfo = {
  name: APP_NAME,
  version: APP_VERSION,
  mode: 'browser',
  platform: process.platform,
  userDataDir,
};
// Loaded while the host already listens, once the page wants it: see deferredRuntime.ts.
const runtime = loadOnDemand(async () => {
  const { startRuntime } = await import('../runtime');
  const started = await startRuntime({ info, perf });
  perf.mark('runtime ready');
  const deepLink = values.deepLink;
  if (deepLink) started.services.deepLinks.deliver(deepLink);
  return started;
}, RUNTIME_WITHOUT_PAGE_MS);
runtime.loaded.catch((error: unknown) => {
  console.error('The app could not start:', error);
  process.exit(1);
});
const host = await startHost({
  rendererDir: join(here, '../renderer'),
  dispatcher: deferredDispatcher(runtime.want, info),
  events: deferredEvents(runtime.loaded),
  pageArrived: () => void runtime.want(),
  port: values.port,
});
perf.mark('host ready');

if (values.json) {
  process.stdout.write(`${JSON.stringify({ url: host.url, port: host.port, userDataDir })}\n`);
} else {
  console.log(`${APP_NAME} is running in browser mode: ${host.url}`);
  console.log('Open that address in a browser (the token in it is required). Press Ctrl+C to stop.');
}

const stop = async () => {
  await host.close();
  const { services } = await runtime.want();
  await services.close();
  endProcess(services.secrets.overdueKeychainCalls());
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
