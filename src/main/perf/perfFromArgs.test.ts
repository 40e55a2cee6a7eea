import { describe, expect, it } from 'vitest';
import { perfFromArgs } from './perfFromArgs';

const clock = { timeOrigin: 5_000, now: () => 20 };
const interactive = [{ name: 'shell interactive' as const, epochMs: 5_600 }];

describe('perfFromArgs', () => {
  it('prints the table with --perf', () => {
    const written: string[] = [];
    const perf = perfFromArgs({ perf: true, json: false }, (text) => written.push(text), clock);
    perf.mark('main start');
    perf.receive(interactive);
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^Start-up marks \(--perf\)\n/);
    expect(written[0]).toMatch(/\| shell interactive \|\s+600\.0 ms \|/);
  });

  it('prints one JSON line with --perf --json', () => {
    const written: string[] = [];
    const perf = perfFromArgs({ perf: true, json: true }, (text) => written.push(text), clock);
    perf.mark('main start');
    perf.receive(interactive);
    expect(written).toEqual([
      `${JSON.stringify({
        perfMarks: [
          { name: 'main start', ms: 20 },
          { name: 'shell interactive', ms: 600 },
        ],
      })}\n`,
    ]);
  });

  it('prints nothing without --perf', () => {
    const written: string[] = [];
    const perf = perfFromArgs({ perf: false, json: true }, (text) => written.push(text), clock);
    perf.mark('main start');
    perf.receive(interactive);
    expect(written).toEqual([]);
  });
});
