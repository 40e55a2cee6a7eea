import { parseArgs } from 'node:util';

export interface HostArgs {
  port: number;
  userDataDir: string | undefined;
  json: boolean;
  perf: boolean;
  deepLink: string | undefined;
}

export type ParsedHostArgs =
  { kind: 'run'; args: HostArgs } | { kind: 'help'; text: string } | { kind: 'refused'; text: string };

export const HOST_USAGE = `Usage: node out/main/host.js [options]

Runs Famulor Playground in browser mode: serves the app on 127.0.0.1 and prints the address to open.

Options:
  --port N               listen on port N (default: any free port)
  --user-data-dir DIR    keep settings and sessions in DIR (default: the desktop app's data folder)
  --json                 print the address as one line of JSON
  --perf                 print start-up timings
  --deep-link URL        open a famulor-playground://conversation/<uuid> link once started
  -h, --help             print this help
`;

/** Reads host.js's arguments without throwing: a wrong one gets one line and the usage, never a stack trace. */
export const parseHostArgs = (argv: readonly string[]): ParsedHostArgs => {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string', default: '0' },
        'user-data-dir': { type: 'string' },
        json: { type: 'boolean', default: false },
        perf: { type: 'boolean', default: false },
        // What launching the desktop app by a famulor-playground:// link does, for the browser mode and its tests.
        'deep-link': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    return {
      kind: 'refused',
      text: `${error instanceof Error ? error.message : String(error)}\n\n${HOST_USAGE}`,
    };
  }
  if (values.help) return { kind: 'help', text: HOST_USAGE };
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65_535) {
    return {
      kind: 'refused',
      text: `--port needs a number from 0 to 65535, not "${values.port}".\n\n${HOST_USAGE}`,
    };
  }
  return {
    kind: 'run',
    args: {
      port,
      userDataDir: values['user-data-dir'],
      json: values.json,
      perf: values.perf,
      deepLink: values['deep-link'],
    },
  };
};
