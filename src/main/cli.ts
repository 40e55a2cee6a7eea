import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { endProcess } from './endProcess';
import { startSimulator } from './simulator';
import { parseTestArgs } from './testSuites/cliArgs';
import { connectTarget, type ConnectedTarget } from './testSuites/cliTarget';
import { EXIT, runTestCommand } from './testSuites/testCommand';
import { defaultUserDataDir } from './userData';
import { APP_VERSION } from './version';

// `famulor-playground <command>`: the app's commands for a terminal or a CI job — no Electron, no window.

const USAGE = `Usage: famulor-playground <command> [options]

Commands:
  test <suite files…>    run test suites against Famulor or the offline simulator (test --help)

  -v, --version          print the version
  -h, --help             print this help
`;

const [command, ...rest] = process.argv.slice(2);
if (command === '-v' || command === '--version') {
  process.stdout.write(`${APP_VERSION}\n`);
  process.exit(0);
}
if (command !== 'test') {
  const asked = command === undefined || command === '-h' || command === '--help';
  (asked ? process.stdout : process.stderr).write(
    asked ? USAGE : `Unknown command "${command}".\n\n${USAGE}`,
  );
  process.exit(asked ? 0 : EXIT.badSuite);
}

const parsed = parseTestArgs(rest);
if (parsed.kind !== 'run') {
  (parsed.kind === 'help' ? process.stdout : process.stderr).write(parsed.text);
  process.exit(parsed.kind === 'help' ? 0 : EXIT.badSuite);
}
let connected: ConnectedTarget | null = null;
const code = await runTestCommand({
  args: parsed.args,
  readFile: (path) => readFile(path, 'utf8'),
  writeFile: (path, text) => writeFile(path, text),
  makeDir: async (path) => void (await mkdir(path, { recursive: true })),
  connect: async (args) => {
    const outcome = await connectTarget(args.target, {
      env: process.env,
      userDataDir: resolve(args.userDataDir ?? defaultUserDataDir()),
      startSimulator: () => startSimulator(),
    });
    if (outcome.ok) connected = outcome.target;
    return outcome;
  },
  print: (line) => process.stdout.write(`${line}\n`),
});
endProcess((connected as ConnectedTarget | null)?.overdueKeychainCalls() ?? 0, code);
