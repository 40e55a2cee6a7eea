import { describe, expect, it, vi } from 'vitest';
import { createStartupPerf, type PerfClock } from './startupPerf';

/** A process that started at wall-clock 1,000,000 ms; `at` moves its clock. */
const fakeClock = () => {
  let elapsed = 0;
  const clock: PerfClock = { timeOrigin: 1_000_000, now: () => elapsed };
  return { clock, at: (ms: number) => (elapsed = ms) };
};

describe('createStartupPerf', () => {
  it('records main marks once, in ms since process start', () => {
    const { clock, at } = fakeClock();
    const perf = createStartupPerf({ enabled: true, clock });
    at(40);
    perf.mark('main start');
    at(90);
    perf.mark('main start');
    perf.mark('runtime ready');
    expect(perf.marks()).toEqual([
      { name: 'main start', ms: 40 },
      { name: 'runtime ready', ms: 90 },
    ]);
  });

  it('turns the renderer’s wall-clock marks into process time and reports at shell interactive', () => {
    const { clock, at } = fakeClock();
    const report = vi.fn();
    const perf = createStartupPerf({ enabled: true, clock, report });
    at(35);
    perf.mark('main start');
    at(300);
    perf.mark('host ready');

    expect(perf.receive([{ name: 'renderer start', epochMs: 1_000_500 }])).toBe(true);
    expect(report).not.toHaveBeenCalled();

    perf.receive([
      { name: 'shell interactive', epochMs: 1_000_900.5 },
      { name: 'renderer start', epochMs: 1_000_500 },
      { name: 'first render', epochMs: 1_000_700 },
    ]);
    expect(report).toHaveBeenCalledTimes(1);
    expect(report).toHaveBeenCalledWith([
      { name: 'main start', ms: 35 },
      { name: 'host ready', ms: 300 },
      { name: 'renderer start', ms: 500 },
      { name: 'first render', ms: 700 },
      { name: 'shell interactive', ms: 900.5 },
    ]);
  });

  it('replaces a reloaded page’s marks and keeps main’s', () => {
    const { clock, at } = fakeClock();
    const report = vi.fn();
    const perf = createStartupPerf({ enabled: true, clock, report });
    at(10);
    perf.mark('main start');
    perf.receive([{ name: 'shell interactive', epochMs: 1_000_800 }]);
    perf.receive([{ name: 'shell interactive', epochMs: 1_005_000 }]);
    expect(report).toHaveBeenLastCalledWith([
      { name: 'main start', ms: 10 },
      { name: 'shell interactive', ms: 5_000 },
    ]);
  });

  it('records and reports nothing when not enabled', () => {
    const { clock } = fakeClock();
    const report = vi.fn();
    const perf = createStartupPerf({ enabled: false, clock, report });
    perf.mark('main start');
    expect(perf.receive([{ name: 'shell interactive', epochMs: 1_000_800 }])).toBe(false);
    expect(perf.marks()).toEqual([]);
    expect(report).not.toHaveBeenCalled();
  });
});
