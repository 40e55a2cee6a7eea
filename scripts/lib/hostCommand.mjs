// How every launcher starts the browser-mode host: one place for its path and its Node flags.
import { join } from 'node:path';

/**
 * Node flags the host runs with. `--max-semi-space-size=1` (MB): a big Famulor answer (the 10,000-message thread is
 * 1.9 MB) makes V8 grow the young generation to 2 × 16 MB, and it stays that size — measured as ~40 MB of resident
 * memory gained over 25 opens of that thread, against ~10 MB with the cap and the same open time. Node reads the flag
 * only at start (v8.setFlagsFromString afterwards leaves the young generation as it is), so it goes on the command line.
 */
export const HOST_NODE_FLAGS = Object.freeze(['--max-semi-space-size=1']);

/**
 * A host for a program to drive: it prints its address as JSON, on a free port, with its data in `userDataDir`
 * (the e2e fixture and the benchmarks).
 */
export const drivenHostArgs = (userDataDir, extraArgs = []) => [
  '--json',
  '--port',
  '0',
  '--user-data-dir',
  userDataDir,
  ...extraArgs,
];

/** The command and arguments that start `<outDir>/main/host.js` with `hostArgs`. */
export const hostCommand = (outDir, hostArgs = []) => ({
  command: process.execPath,
  args: [...HOST_NODE_FLAGS, join(outDir, 'main', 'host.js'), ...hostArgs],
});
