// Runs a command so that a person watching never waits more than a few seconds without a word: its output
// passes through, and while it prints nothing a line says what is still running and for how long.
import { spawn } from 'node:child_process';

/** Silence longer than this gets a "still running" line; the promise is "no stretch silent over 10 s". */
export const HEARTBEAT_MS = 8000;

const seconds = (ms) => `${Math.round(ms / 1000)} s`;

/**
 * @param {string} label what is running, in words ("Building the app")
 * @param {string} command
 * @param {string[]} args
 * @param {{ quiet?: boolean, env?: NodeJS.ProcessEnv, heartbeatMs?: number, timeoutMs?: number,
 *   log?: (line: string) => void }} [options]
 *   quiet: drop the command's standard output (its errors still show); timeoutMs: kill it after that long
 * @returns {Promise<number>} the exit code (1 when it could not start or was killed)
 */
export const runWithProgress = (label, command, args, options = {}) => {
  const {
    quiet = false,
    env = process.env,
    heartbeatMs = HEARTBEAT_MS,
    timeoutMs,
    log = console.log,
  } = options;
  const started = Date.now();
  let lastOutput = started;
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs });
    const passOn = (target, show) => (chunk) => {
      if (!show) return;
      lastOutput = Date.now();
      target.write(chunk);
    };
    child.stdout.on('data', passOn(process.stdout, !quiet));
    child.stderr.on('data', passOn(process.stderr, true));
    const timer = setInterval(
      () => {
        if (Date.now() - lastOutput < heartbeatMs) return;
        lastOutput = Date.now();
        log(`  … ${label}: still running (${seconds(Date.now() - started)})`);
      },
      Math.min(1000, heartbeatMs),
    );
    const finish = (code) => {
      clearInterval(timer);
      resolve(code);
    };
    child.on('error', (error) => {
      log(`  ${label}: could not start ${command} (${error.message})`);
      finish(1);
    });
    child.on('close', (code) => finish(code ?? 1));
  });
};
