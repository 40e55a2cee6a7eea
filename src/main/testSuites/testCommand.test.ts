import { mkdtempSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulatedClock } from '../testing/clientOnSimulatorTestKit';
import { startSimulator, type RunningSimulator } from '../simulator/index';
import { parseTestArgs } from './cliArgs';
import { connectTarget } from './cliTarget';
import { EXIT, runTestCommand } from './testCommand';

const examples = join(__dirname, '../../../examples/suites');
const work = mkdtempSync(join(tmpdir(), 'famulor-suite-cli-'));
let simulator: RunningSimulator;
const clock = createSimulatedClock(Date.parse('2026-12-07T09:00:00Z'));

beforeAll(async () => {
  simulator = await startSimulator({ now: clock.now });
});
afterAll(async () => {
  await simulator.close();
  await rm(work, { recursive: true, force: true });
});

/** The command as `famulor-playground test …` runs it, with its real parts; only the printing is collected. */
const command = async (argv: string[], env: NodeJS.ProcessEnv = {}) => {
  const parsed = parseTestArgs(argv);
  if (parsed.kind !== 'run') throw new Error(parsed.text);
  const printed: string[] = [];
  const code = await runTestCommand({
    args: parsed.args,
    readFile: (path) => readFile(path, 'utf8'),
    writeFile,
    makeDir: async (path) => void (await mkdir(path, { recursive: true })),
    connect: (args) =>
      connectTarget(args.target, {
        env,
        userDataDir: join(work, 'user-data'),
        startSimulator: () => startSimulator(),
        clientOptions: { now: clock.nowMs, sleep: clock.sleep, fetch: clock.fetch },
      }),
    print: (line) => printed.push(line),
  });
  return { code, output: printed.join('\n') };
};

const againstSimulator = (out: string) => [
  '--base-url',
  simulator.baseUrl,
  '--key-env',
  'SIMULATOR_KEY',
  '--out',
  join(work, out),
];
const keyEnv = () => ({ SIMULATOR_KEY: simulator.apiKey });

describe('famulor-playground test', () => {
  it('runs the example suites against a simulator by its address and exits 0, with all three reports', async () => {
    const files = ['clara', 'max', 'sophie'].map((name) => join(examples, `${name}.suite.yaml`));
    const { code, output } = await command([...files, ...againstSimulator('passing')], keyEnv());
    expect(output).toMatch(/(\d+) of \1 passed$/);
    expect(code).toBe(EXIT.passed);
    const junit = readFileSync(join(work, 'passing/junit.xml'), 'utf8');
    expect(junit).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="Famulor Playground" tests="12" failures="0" errors="0"/,
    );
    expect(junit.match(/<testsuite /g)).toHaveLength(3);
    const json = JSON.parse(readFileSync(join(work, 'passing/report.json'), 'utf8')) as { suites: unknown[] };
    expect(json.suites).toHaveLength(3);
    expect(readFileSync(join(work, 'passing/report.html'), 'utf8')).toContain('Test report: 12 of 12 passed');
  });

  it('exits 1 for the failing example on the Offline demo profile, its JUnit naming the failed expectation and its line', async () => {
    const file = join(examples, 'clara-regression.suite.yaml');
    const { code, output } = await command([
      file,
      '--profile',
      'Offline demo',
      '--out',
      join(work, 'failing'),
      '--reporter',
      'junit',
    ]);
    expect(code).toBe(EXIT.failed);
    expect(output).toContain('✗ cancels a booking in the chat [Clara · defaults · test] 0/3');
    const junit = readFileSync(join(work, 'failing/junit.xml'), 'utf8');
    expect(junit).toContain('tests="2" failures="1" errors="0"');
    expect(junit).toContain(`${file}:26: turn 1: cancel_appointment is called — no function was called`);
  });

  it('exits 2 for a bad suite file before making any request, naming its line', async () => {
    const bad = join(work, 'bad.suite.yaml');
    await writeFile(
      bad,
      'name: bad\nassistants: [Clara]\ncases:\n  - name: c\n    turns:\n      - usr: hello\n',
    );
    const { code, output } = await command([bad, ...againstSimulator('bad')], {});
    expect(code).toBe(EXIT.badSuite);
    expect(output).toContain(`${bad}:6:9: cases[0].turns[0]: Unrecognized key: "usr"`);
  });

  it('exits 2 for an assistant the account does not have, at the line that names it', async () => {
    const unknown = join(work, 'unknown.suite.yaml');
    await writeFile(
      unknown,
      'name: n\nassistants:\n  - Clara\n  - Claire\ncases: [{ name: c, turns: [{ user: hi }] }]\n',
    );
    const { code, output } = await command([unknown, ...againstSimulator('unknown')], keyEnv());
    expect(code).toBe(EXIT.badSuite);
    expect(output).toMatch(
      new RegExp(`${unknown}:4:5: No assistant of this account has the uuid or name "Claire"`),
    );
  });

  it('exits 2 when the key variable is empty or the profile does not exist', async () => {
    const file = join(examples, 'sophie.suite.yaml');
    expect(await command([file, ...againstSimulator('nokey')], {})).toEqual({
      code: EXIT.badSuite,
      output: 'The environment variable SIMULATOR_KEY holds no API key.',
    });
    const { code, output } = await command([file, '--profile', 'Production']);
    expect(code).toBe(EXIT.badSuite);
    expect(output).toContain('No profile is named "Production"; the profiles are: "Offline demo".');
  });

  it('exits 3 when Famulor refuses the key', async () => {
    const file = join(examples, 'sophie.suite.yaml');
    const { code, output } = await command([file, ...againstSimulator('refused')], {
      SIMULATOR_KEY: 'wrong',
    });
    expect(code).toBe(EXIT.unreachable);
    expect(output).toMatch(/^Famulor could not be used — unauthorized \(key_rejected, HTTP 401\)/);
  });

  it('marks a case that passed in the baseline run and fails now as a regression, everywhere', async () => {
    const suite = (expectation: string) =>
      `name: Clara\nassistants: [Clara]\ncases:\n  - name: offers slots\n    turns:\n      - user: Is 2026-12-10 free?\n        reply: { contains: '${expectation}' }\n`;
    const file = join(work, 'compare.suite.yaml');
    await writeFile(file, suite('10:30'));
    expect((await command([file, ...againstSimulator('before')], keyEnv())).code).toBe(EXIT.passed);
    await writeFile(file, suite('11:45'));
    const baseline = join(work, 'before/report.json');
    const { code, output } = await command(
      [file, ...againstSimulator('after'), '--baseline', baseline],
      keyEnv(),
    );
    expect(code).toBe(EXIT.failed);
    expect(output).toContain(`Compared with ${baseline}: 1 regression, 0 fixed`);
    expect(output).toContain(
      '  REGRESSION: passed in the baseline, fails now: offers slots [Clara · defaults · test]',
    );
    expect(readFileSync(join(work, 'after/junit.xml'), 'utf8')).toContain(
      '<failure message="REGRESSION: passed in the baseline, fails now — 0/1 runs passed',
    );
    expect(readFileSync(join(work, 'after/report.html'), 'utf8')).toContain(
      '<span class="change change--regression">',
    );
    const json = JSON.parse(readFileSync(join(work, 'after/report.json'), 'utf8')) as { comparison: unknown };
    expect(json.comparison).toEqual({ baseline, changes: [['regression']] });
  });

  it('exits 2 before running anything when the baseline is not a report.json', async () => {
    const notReport = join(work, 'not-a-report.json');
    await writeFile(notReport, '{"suites": 3}');
    const file = join(examples, 'sophie.suite.yaml');
    expect(
      await command([file, ...againstSimulator('nobaseline'), '--baseline', notReport], keyEnv()),
    ).toEqual({
      code: EXIT.badSuite,
      output: `${notReport}: not a report.json of famulor-playground test (format 1)`,
    });
  });
});
