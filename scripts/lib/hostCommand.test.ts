import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { drivenHostArgs, HOST_NODE_FLAGS, hostCommand } from './hostCommand.mjs';

/** Allocates like a big answer does (objects that survive a few scavenges), then reports the young generation. */
const youngGenerationAfterBigAnswers = `
  const kept = [];
  for (let i = 0; i < 30; i++) {
    const rows = JSON.parse(JSON.stringify(Array.from({ length: 20000 }, (_, id) => ({ id, text: 'x'.repeat(50) }))));
    kept.push(rows.length);
  }
  const young = require('v8').getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
  process.stdout.write(String(young.space_size));
`;

const youngGenerationBytes = (flags: readonly string[]) =>
  Number(
    execFileSync(process.execPath, [...flags, '-e', youngGenerationAfterBigAnswers], { encoding: 'utf8' }),
  );

describe('the command that starts the browser-mode host', () => {
  it('runs the built host with its Node flags before the script', () => {
    const { command, args } = hostCommand('out', ['--json', '--port', '0']);
    expect(command).toBe(process.execPath);
    expect(args).toEqual([...HOST_NODE_FLAGS, 'out/main/host.js', '--json', '--port', '0']);
  });

  it("gives a driven host JSON output, a free port and its own data folder, then the caller's options", () => {
    expect(drivenHostArgs('/tmp/data', ['--perf'])).toEqual([
      '--json',
      '--port',
      '0',
      '--user-data-dir',
      '/tmp/data',
      '--perf',
    ]);
  });

  it('keeps the young generation small under big answers, where Node alone lets it grow', () => {
    const capped = youngGenerationBytes(HOST_NODE_FLAGS);
    const uncapped = youngGenerationBytes([]);
    expect(capped).toBeLessThanOrEqual(4 * 1024 * 1024);
    expect(uncapped).toBeGreaterThan(2 * capped);
  });

  it('is how every launcher starts the host', () => {
    const launchers = [
      'scripts/start.mjs',
      'scripts/screenshots.mjs',
      'scripts/lib/benchKit.mjs',
      'e2e/fixtures/hostProcess.ts',
    ];
    for (const launcher of launchers) {
      const source = readFileSync(launcher, 'utf8');
      expect(source, launcher).toContain('hostCommand(');
      expect(source, launcher).not.toMatch(/host\.js['`]/);
    }
  });
});
