import { parseArgs } from 'node:util';

export const REPORTERS = ['junit', 'html', 'json'] as const;
export type ReporterName = (typeof REPORTERS)[number];

export type TestTarget =
  | { kind: 'profile'; name: string }
  | { kind: 'url'; baseUrl: string; keyEnv: string; generateReplyPath: string | undefined };

export interface TestCommandArgs {
  files: string[];
  target: TestTarget;
  reporters: ReporterName[];
  outDir: string;
  concurrency: number;
  userDataDir: string | undefined;
  /** A report.json of an earlier run, to mark what passed there and fails now. */
  baseline: string | undefined;
}

export type ParsedTestArgs =
  { kind: 'run'; args: TestCommandArgs } | { kind: 'help'; text: string } | { kind: 'refused'; text: string };

export const TEST_USAGE = `Usage: famulor-playground test <suite files…> (--profile NAME | --base-url URL --key-env VAR) [options]

Runs test suites (YAML or JSON, see schemas/test-suite.schema.json) against a Famulor account, headless.
Exit code: 0 when every case passed, 1 when one failed, 2 for a bad suite file or argument, 3 when Famulor
could not be reached or refused the key.

Target (one of):
  --profile NAME         a connection profile of the app, its key read from the keychain;
                         "Offline demo" runs on the built-in simulator
  --base-url URL         Famulor's API (https://app.famulor.de/api) or a simulator's address …
  --key-env VAR          … with the API key read from the environment variable VAR

Options:
  --reporter LIST        comma-separated: junit, html, json (default: junit,html,json)
  --out DIR              where the reports go (default: test-results)
  --concurrency N        cases in flight at once, 1–20 (default: 4); Famulor's account limit paces them
  --generate-reply-path P  with --base-url: the path of generate-reply, if not the documented one
  --baseline FILE        a report.json of an earlier run: cells that passed there and fail now are marked
                         as regressions (and those fixed since), in the terminal and in every report
  --user-data-dir DIR    the app's data folder, for --profile (default: the desktop app's)
  -h, --help             print this help
`;

const refused = (text: string): ParsedTestArgs => ({ kind: 'refused', text: `${text}\n\n${TEST_USAGE}` });

const MAX_CONCURRENCY = 20;

/** Reads `test`'s arguments without throwing: a wrong one gets one line and the usage. */
export const parseTestArgs = (argv: readonly string[]): ParsedTestArgs => {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        profile: { type: 'string' },
        'base-url': { type: 'string' },
        'key-env': { type: 'string' },
        'generate-reply-path': { type: 'string' },
        reporter: { type: 'string', default: REPORTERS.join(',') },
        out: { type: 'string', default: 'test-results' },
        concurrency: { type: 'string', default: '4' },
        'user-data-dir': { type: 'string' },
        baseline: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return refused(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help', text: TEST_USAGE };
  if (positionals.length === 0) return refused('Name at least one suite file.');
  const baseUrl = values['base-url'];
  const keyEnv = values['key-env'];
  let target: TestTarget;
  if (values.profile !== undefined) {
    if (baseUrl !== undefined || keyEnv !== undefined)
      return refused('Give either --profile or --base-url with --key-env, not both.');
    target = { kind: 'profile', name: values.profile };
  } else if (baseUrl !== undefined && keyEnv !== undefined) {
    target = { kind: 'url', baseUrl, keyEnv, generateReplyPath: values['generate-reply-path'] };
  } else {
    return refused(
      baseUrl !== undefined
        ? '--base-url needs --key-env VAR, the environment variable holding the key.'
        : keyEnv !== undefined
          ? '--key-env needs --base-url URL.'
          : 'Name the Famulor to test against: --profile NAME, or --base-url URL with --key-env VAR.',
    );
  }
  const reporters = values.reporter.split(',').map((name) => name.trim());
  const unknown = reporters.filter((name) => !(REPORTERS as readonly string[]).includes(name));
  if (unknown.length > 0 || reporters.length === 0)
    return refused(
      `Unknown reporter ${unknown.map((name) => `"${name}"`).join(', ')}: use ${REPORTERS.join(', ')}.`,
    );
  const concurrency = Number(values.concurrency);
  if (!/^\d+$/.test(values.concurrency) || concurrency < 1 || concurrency > MAX_CONCURRENCY)
    return refused(`--concurrency needs a number from 1 to ${MAX_CONCURRENCY}, not "${values.concurrency}".`);
  return {
    kind: 'run',
    args: {
      files: positionals,
      target,
      reporters: [...new Set(reporters)] as ReporterName[],
      outDir: values.out,
      concurrency,
      userDataDir: values['user-data-dir'],
      baseline: values.baseline,
    },
  };
};
