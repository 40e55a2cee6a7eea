import { describe, expect, it } from 'vitest';
import { parseTestArgs } from './cliArgs';

const refusal = (argv: string[]) => {
  const parsed = parseTestArgs(argv);
  return parsed.kind === 'refused' ? parsed.text.split('\n')[0] : parsed.kind;
};

describe("test's arguments", () => {
  it('reads files, a profile, and the defaults', () => {
    expect(parseTestArgs(['a.yaml', 'b.json', '--profile', 'Offline demo'])).toEqual({
      kind: 'run',
      args: {
        files: ['a.yaml', 'b.json'],
        target: { kind: 'profile', name: 'Offline demo' },
        reporters: ['junit', 'html', 'json'],
        outDir: 'test-results',
        concurrency: 4,
        userDataDir: undefined,
      },
    });
  });

  it('reads a base URL with the variable holding its key, reporters and concurrency', () => {
    const parsed = parseTestArgs([
      's.yaml',
      '--base-url',
      'https://app.famulor.de/api',
      '--key-env',
      'FAMULOR_API_KEY',
      '--reporter',
      'junit,json',
      '--concurrency',
      '8',
      '--out',
      'r',
    ]);
    expect(parsed).toMatchObject({
      kind: 'run',
      args: {
        target: { kind: 'url', baseUrl: 'https://app.famulor.de/api', keyEnv: 'FAMULOR_API_KEY' },
        reporters: ['junit', 'json'],
        concurrency: 8,
        outDir: 'r',
      },
    });
  });

  it('refuses what it cannot run, with one line and the usage', () => {
    expect(refusal(['--profile', 'x'])).toBe('Name at least one suite file.');
    expect(refusal(['s.yaml'])).toBe(
      'Name the Famulor to test against: --profile NAME, or --base-url URL with --key-env VAR.',
    );
    expect(refusal(['s.yaml', '--base-url', 'https://x'])).toBe(
      '--base-url needs --key-env VAR, the environment variable holding the key.',
    );
    expect(refusal(['s.yaml', '--profile', 'p', '--key-env', 'K'])).toBe(
      'Give either --profile or --base-url with --key-env, not both.',
    );
    expect(refusal(['s.yaml', '--profile', 'p', '--reporter', 'junit,tap'])).toBe(
      'Unknown reporter "tap": use junit, html, json.',
    );
    expect(refusal(['s.yaml', '--profile', 'p', '--concurrency', '0'])).toBe(
      '--concurrency needs a number from 1 to 20, not "0".',
    );
    expect(refusal(['s.yaml', '--profile', 'p', '--colour'])).toMatch(/--colour/);
    expect(parseTestArgs(['--help']).kind).toBe('help');
  });
});
