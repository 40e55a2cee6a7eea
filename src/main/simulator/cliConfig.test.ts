import { describe, expect, it } from 'vitest';
import { CliUsageError, parseCliArgs, startupBanner } from './cliConfig';
import { startSimulator } from './index';

/** Reads the banner's curl lines, which are all of the form  curl -H "Header: value" URL  (URL maybe quoted). */
const curlCalls = (banner: string) =>
  banner
    .split('\n')
    .filter((line) => line.trim().startsWith('curl '))
    .map((line) => {
      const parsed = /^\s*curl -H "([^:"]+): ([^"]+)" "?([^"\s]+)"?$/.exec(line);
      if (!parsed) throw new Error(`Not a curl call this test can replay: ${line}`);
      const [, header = '', value = '', url = ''] = parsed;
      return { header, value, url };
    });

describe('parseCliArgs', () => {
  it('reads every flag', () => {
    expect(
      parseCliArgs([
        '--port',
        '8787',
        '--key',
        'k-1',
        '--latency',
        '800',
        '--fail-rate',
        '0.2',
        '--faults',
        '500,slow',
        '--balance',
        '3.5',
        '--no-seed',
        '--legacy-generate-reply-path',
        '--automate-key',
        'a-1',
        '--takeover-accepts-api-key',
        '--no-account-limit',
      ]),
    ).toEqual({
      port: 8787,
      apiKey: 'k-1',
      latencyMs: 800,
      failRate: 0.2,
      faults: ['500', 'slow'],
      initialBalance: 3.5,
      seedHistory: false,
      legacyGenerateReplyPath: true,
      automateKey: 'a-1',
      takeoverAcceptsApiKey: true,
      accountRateLimit: false,
    });
  });

  it('uses the defaults when no flag is given, and null for --help', () => {
    expect(parseCliArgs([])).toEqual({ seedHistory: true });
    expect(parseCliArgs(['--help'])).toBeNull();
  });

  it('rejects values out of range and unknown flags', () => {
    for (const argv of [
      ['--port', '70000'],
      ['--port', 'abc'],
      ['--fail-rate', '1.5'],
      ['--latency', '-1'],
      ['--faults', '500,teapot'],
      ['--balance', ''],
      ['--key', ' '],
      ['--automate-key', ''],
      ['--verbose'],
    ]) {
      expect(() => parseCliArgs(argv), argv.join(' ')).toThrow(CliUsageError);
    }
  });
});

describe('startupBanner', () => {
  it('prints the URL, the key, a working curl call and how to stop', () => {
    const keys = { apiKey: 'famulor-demo-key', automateKey: 'famulor-demo-automate-key' };
    const banner = startupBanner('http://127.0.0.1:8787/api', keys, {
      latencyMs: 800,
      failRate: 0.2,
    });
    expect(banner).toContain('http://127.0.0.1:8787/api (latency 800 ms; fail rate 0.2 (500, drop, slow))');
    expect(banner).toContain('API key: famulor-demo-key');
    expect(banner).toContain('Automate key (takeover): famulor-demo-automate-key');
    expect(banner).toContain(
      'curl -H "Authorization: Bearer famulor-demo-key" http://127.0.0.1:8787/api/user/me',
    );
    expect(banner).toContain('Ctrl+C to stop.');
  });
});

describe('the banner of a running simulator', () => {
  it('shows curl calls that work as written', async () => {
    const options = parseCliArgs(['--port', '0', '--balance', '7.5']);
    const simulator = await startSimulator(options ?? {});
    try {
      const calls = curlCalls(startupBanner(simulator.baseUrl, simulator, options ?? {}));
      expect(calls).toHaveLength(2);
      const [account, conversations] = await Promise.all(
        calls.map(async ({ header, value, url }) => {
          const response = await fetch(url, { headers: { [header]: value } });
          expect(response.status, url).toBe(200);
          return (await response.json()) as Record<string, unknown>;
        }),
      );
      expect(account).toMatchObject({ total_balance: 7.5 });
      expect(conversations).toMatchObject({ per_page: 5, data: expect.any(Array) });
      expect(conversations?.data).toHaveLength(5);
    } finally {
      await simulator.close();
    }
  });
});
