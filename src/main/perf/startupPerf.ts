import {
  SHELL_INTERACTIVE,
  type MainPerfMark,
  type RendererMarkTime,
  type RendererPerfMark,
} from '../../shared/perfMarks';

/** A mark in milliseconds since the process started. */
export interface PerfMark {
  name: MainPerfMark | RendererPerfMark;
  ms: number;
}

/** `performance` fits: `now()` counts from process start, `timeOrigin` is that start in wall-clock ms. */
export interface PerfClock {
  now(): number;
  readonly timeOrigin: number;
}

export interface StartupPerf {
  mark(name: MainPerfMark): void;
  /** Takes the renderer's marks; reports the whole start-up once they include "shell interactive". */
  receive(marks: readonly RendererMarkTime[]): boolean;
  marks(): PerfMark[];
}

export interface StartupPerfOptions {
  enabled: boolean;
  clock?: PerfClock;
  /** Called with every mark, in order, each time a renderer reports its shell interactive. */
  report?: (marks: PerfMark[]) => void;
}

const byTime = (left: PerfMark, right: PerfMark) => left.ms - right.ms;

/**
 * Collects the start-up marks of one process. Disabled (no `--perf`) it records nothing, so the renderer can
 * always send its marks without the app paying for them.
 */
export const createStartupPerf = ({
  enabled,
  clock = performance,
  report = () => undefined,
}: StartupPerfOptions): StartupPerf => {
  const mainMarks = new Map<MainPerfMark, number>();
  let rendererMarks: PerfMark[] = [];
  const all = () => [...[...mainMarks].map(([name, ms]) => ({ name, ms })), ...rendererMarks].sort(byTime);

  return {
    mark(name) {
      if (enabled && !mainMarks.has(name)) mainMarks.set(name, clock.now());
    },
    receive(marks) {
      if (!enabled) return false;
      // A reloaded page starts over: its marks replace the previous page's, main's own stay.
      rendererMarks = marks.map(({ name, epochMs }) => ({ name, ms: epochMs - clock.timeOrigin }));
      if (marks.some((mark) => mark.name === SHELL_INTERACTIVE)) report(all());
      return true;
    },
    marks: all,
  };
};
