// `npm run simulator`: the offline Famulor API on its own (build first when the sources changed).
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfNeeded } from './lib/build.mjs';

process.chdir(join(dirname(fileURLToPath(import.meta.url)), '..'));
await buildIfNeeded();
const child = spawn(process.execPath, ['out/main/simulator.js', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
// The simulator stops itself on these signals; forward them so Ctrl+C in npm reaches it once.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
