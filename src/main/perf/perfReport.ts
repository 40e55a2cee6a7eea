import type { PerfMark } from './startupPerf';

const ms = (value: number) => `${value.toFixed(1)} ms`;

/** The `--perf` table: each mark since process start and since the mark before it. */
export const formatPerfTable = (marks: readonly PerfMark[]): string => {
  const rows = marks.map((mark, index) => [
    mark.name,
    ms(mark.ms),
    index === 0 ? ms(mark.ms) : `+${ms(mark.ms - (marks[index - 1]?.ms ?? 0))}`,
  ]);
  const header = ['mark', 'since process start', 'since previous'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join(' | ')} |`;
  return [
    'Start-up marks (--perf)',
    line(header),
    `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
};

/** One JSON line for scripts (`--perf --json`): `{"perfMarks":[{"name":"main start","ms":41.2},…]}`. */
export const formatPerfJson = (marks: readonly PerfMark[]): string =>
  JSON.stringify({ perfMarks: marks.map(({ name, ms: at }) => ({ name, ms: Math.round(at * 10) / 10 })) });
