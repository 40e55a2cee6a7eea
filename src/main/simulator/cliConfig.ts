import { parseArgs } from 'node:util';
import { FAULT_KINDS, type FaultKind } from './faults';
import type { SimulatorOptions } from './index';

export const USAGE = `Usage: npm run simulator -- [options]

  --port N             port on 127.0.0.1 (default: a free one)
  --key K              API key clients must send as "Authorization: Bearer K" (default: famulor-demo-key)
  --automate-key K     Automate API key the takeover endpoints take (default: famulor-demo-automate-key)
  --takeover-accepts-api-key
                       let the takeover endpoints take the ordinary API key too, as some accounts may
  --latency MS         delay every response by MS milliseconds
  --fail-rate R        probability 0..1 that a request gets a fault
  --faults LIST        faults to draw from: ${FAULT_KINDS.join(',')} (default: all)
  --balance USD        starting account balance (default: 25)
  --no-seed            start without the seeded conversation history
  --no-account-limit   do not enforce the account-wide limit (100 requests a minute, 20 per 10 s)
  --legacy-generate-reply-path
                       also answer POST /ai/generate-reply, which Famulor dropped in May 2026
  --help               show this text`;

export class CliUsageError extends Error {}

const number = (
  flag: string,
  raw: string | undefined,
  check: (value: number) => boolean,
): number | undefined => {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || !check(value)) {
    throw new CliUsageError(`--${flag} got "${raw}", which is not allowed.`);
  }
  return value;
};

const faultList = (raw: string | undefined): FaultKind[] | undefined => {
  if (raw === undefined) return undefined;
  const names = raw.split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !(FAULT_KINDS as readonly string[]).includes(name));
  if (unknown.length > 0 || names.length === 0) {
    throw new CliUsageError(`--faults accepts ${FAULT_KINDS.join(', ')}; got "${raw}".`);
  }
  return names as FaultKind[];
};

const readFlags = (argv: string[]) => {
  try {
    return parseArgs({
      args: argv,
      strict: true,
      options: {
        port: { type: 'string' },
        key: { type: 'string' },
        'automate-key': { type: 'string' },
        'takeover-accepts-api-key': { type: 'boolean', default: false },
        latency: { type: 'string' },
        'fail-rate': { type: 'string' },
        faults: { type: 'string' },
        balance: { type: 'string' },
        'no-seed': { type: 'boolean', default: false },
        'no-account-limit': { type: 'boolean', default: false },
        'legacy-generate-reply-path': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    throw new CliUsageError(error instanceof Error ? error.message : String(error));
  }
};

/** `null` means --help was asked for. */
export const parseCliArgs = (argv: string[]): SimulatorOptions | null => {
  const values = readFlags(argv);
  if (values.help) return null;
  if (values.key !== undefined && values.key.trim() === '')
    throw new CliUsageError('--key must not be empty.');
  if (values['automate-key'] !== undefined && values['automate-key'].trim() === '')
    throw new CliUsageError('--automate-key must not be empty.');
  const options: SimulatorOptions = {
    port: number('port', values.port, (port) => Number.isInteger(port) && port >= 0 && port <= 65535),
    apiKey: values.key,
    automateKey: values['automate-key'],
    takeoverAcceptsApiKey: values['takeover-accepts-api-key'] || undefined,
    latencyMs: number('latency', values.latency, (ms) => ms >= 0),
    failRate: number('fail-rate', values['fail-rate'], (rate) => rate >= 0 && rate <= 1),
    faults: faultList(values.faults),
    initialBalance: number('balance', values.balance, (usd) => usd >= 0),
    seedHistory: !values['no-seed'],
    accountRateLimit: values['no-account-limit'] ? false : undefined,
    legacyGenerateReplyPath: values['legacy-generate-reply-path'] || undefined,
  };
  return Object.fromEntries(
    Object.entries(options).filter(([, value]) => value !== undefined),
  ) as SimulatorOptions;
};

/** What the standalone simulator prints once it listens: where, with which key, and a call that works. */
export const startupBanner = (
  baseUrl: string,
  keys: { apiKey: string; automateKey: string },
  options: SimulatorOptions,
): string => {
  const { apiKey } = keys;
  const extras = [
    options.latencyMs ? `latency ${options.latencyMs} ms` : null,
    options.failRate ? `fail rate ${options.failRate} (${(options.faults ?? FAULT_KINDS).join(', ')})` : null,
    options.seedHistory === false ? 'no seeded history' : null,
    options.accountRateLimit === false ? 'no account-wide rate limit' : null,
    options.legacyGenerateReplyPath ? 'also on the removed /ai/generate-reply' : null,
    options.takeoverAcceptsApiKey ? 'takeover also takes the API key' : null,
  ].filter((extra): extra is string => extra !== null);
  return [
    `Famulor simulator listening on ${baseUrl}${extras.length > 0 ? ` (${extras.join('; ')})` : ''}`,
    `API key: ${apiKey}`,
    `Automate key (takeover): ${keys.automateKey}`,
    'Try:',
    `  curl -H "Authorization: Bearer ${apiKey}" ${baseUrl}/user/me`,
    `  curl -H "Authorization: Bearer ${apiKey}" "${baseUrl}/user/conversations?per_page=5"`,
    'Ctrl+C to stop.',
  ].join('\n');
};
