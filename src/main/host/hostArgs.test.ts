import { describe, expect, it } from 'vitest';
import { HOST_USAGE, parseHostArgs } from './hostArgs';

describe('host.js arguments', () => {
  it('prints the usage for --help and -h', () => {
    expect(parseHostArgs(['--help'])).toEqual({ kind: 'help', text: HOST_USAGE });
    expect(parseHostArgs(['-h'])).toEqual({ kind: 'help', text: HOST_USAGE });
  });

  it('refuses an unknown option or a bad port with a message and the usage, not a stack trace', () => {
    for (const argv of [['--nope'], ['--port', 'x'], ['--port', '70000'], ['--port']]) {
      const parsed = parseHostArgs(argv);
      expect(parsed.kind, argv.join(' ')).toBe('refused');
      if (parsed.kind === 'refused') {
        expect(parsed.text).toContain('Usage:');
        expect(parsed.text).not.toMatch(/\n\s+at /);
      }
    }
  });

  it('reads every option', () => {
    expect(
      parseHostArgs(['--port', '4100', '--user-data-dir', '/d', '--json', '--perf', '--deep-link', 'x://y']),
    ).toEqual({
      kind: 'run',
      args: { port: 4100, userDataDir: '/d', json: true, perf: true, deepLink: 'x://y' },
    });
  });
});
