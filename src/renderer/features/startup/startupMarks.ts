import type { RendererMarkTime, RendererPerfMark } from '../../../shared/perfMarks';

export interface MarkClock {
  now(): number;
  readonly timeOrigin: number;
}

export interface StartupMarks {
  /** Takes a mark once; later calls with the same name keep the first time. */
  take(name: RendererPerfMark): void;
  /** The marks so far, in wall-clock ms, with the page's navigation start as "renderer start". */
  list(): RendererMarkTime[];
}

/**
 * The renderer's half of `--perf`: wall-clock times, because main counts from its own process start and the
 * two clocks share nothing else. Each mark also goes to the Performance panel (`performance.mark`).
 */
export const createStartupMarks = (
  clock: MarkClock = performance,
  showInDevTools: (name: string, startTime: number) => void = (name, startTime) =>
    void performance.mark(name, { startTime }),
): StartupMarks => {
  const taken = new Map<RendererPerfMark, number>([['renderer start', clock.timeOrigin]]);
  return {
    take(name) {
      if (taken.has(name)) return;
      const now = clock.now();
      taken.set(name, clock.timeOrigin + now);
      showInDevTools(name, now);
    },
    list: () => [...taken].map(([name, epochMs]) => ({ name, epochMs })),
  };
};
