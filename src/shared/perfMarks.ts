/**
 * The named moments between process start and a usable shell (`--perf`). Main takes its own marks; the
 * renderer takes these and sends them to main over `app:perfMarks`, which prints one table.
 */
export const MAIN_PERF_MARKS = ['main start', 'runtime ready', 'host ready', 'window shown'] as const;
export const RENDERER_PERF_MARKS = ['renderer start', 'first render', 'shell interactive'] as const;

export type MainPerfMark = (typeof MAIN_PERF_MARKS)[number];
export type RendererPerfMark = (typeof RENDERER_PERF_MARKS)[number];

/** The last mark of a start-up: the shell has its app info and the sidebar answers clicks. */
export const SHELL_INTERACTIVE: RendererPerfMark = 'shell interactive';

/** A renderer mark as it travels: wall-clock milliseconds, since the renderer's clock starts at its navigation. */
export interface RendererMarkTime {
  name: RendererPerfMark;
  epochMs: number;
}
