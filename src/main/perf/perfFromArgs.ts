import { formatPerfJson, formatPerfTable } from './perfReport';
import { createStartupPerf, type PerfClock, type StartupPerf } from './startupPerf';

export interface PerfArgs {
  /** `--perf`: take the marks and print them when the shell is interactive. */
  perf: boolean;
  /** `--json`: print them as one JSON line instead of a table. */
  json: boolean;
}

/** The start-up marks as the command line asks for them, printed to `write` (stdout in the apps). */
export const perfFromArgs = (
  { perf, json }: PerfArgs,
  write: (text: string) => void,
  clock?: PerfClock,
): StartupPerf =>
  createStartupPerf({
    enabled: perf,
    ...(clock ? { clock } : {}),
    report: (marks) => write(`${json ? formatPerfJson(marks) : formatPerfTable(marks)}\n`),
  });
