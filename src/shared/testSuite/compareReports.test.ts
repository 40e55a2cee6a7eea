import { describe, expect, it } from 'vitest';
import { compareReports } from './compareReports';
import { SUITE_REPORT_FORMAT, type CellResult, type SuiteReport } from './report';

const cell = (caseName: string, passed: boolean, fields: Partial<CellResult> = {}): CellResult => ({
  caseName,
  caseLine: 1,
  assistant: { name: 'Clara', uuid: 'u-clara' },
  variableSet: 'defaults',
  type: 'test',
  runs: [],
  passedRuns: passed ? 1 : 0,
  passed,
  ...fields,
});

const report = (name: string, cells: CellResult[]): SuiteReport => ({
  format: SUITE_REPORT_FORMAT,
  suite: { name, file: 's.yaml' },
  target: 'simulator',
  startedAt: '2026-12-07T09:00:00.000Z',
  durationMs: 1,
  passRate: 1,
  cells,
});

describe('comparing a run with an earlier one', () => {
  it('marks what passed there and fails now, what was fixed, what stayed and what is new', () => {
    const before = [report('Clara', [cell('a', true), cell('b', false), cell('c', true), cell('d', false)])];
    const now = [
      report('Clara', [
        cell('a', false),
        cell('b', true),
        cell('c', true),
        cell('d', false),
        cell('e', false),
      ]),
    ];
    expect(compareReports(now, before)).toEqual([
      ['regression', 'fixed', 'stillPassing', 'stillFailing', 'new'],
    ]);
  });

  it('compares a cell only with the same suite, assistant, variable set and type', () => {
    const before = [report('Clara', [cell('a', true)])];
    const now = [
      report('Clara', [
        cell('a', false, { variableSet: 'Nordpark' }),
        cell('a', false, { type: 'widget' }),
        cell('a', false, { assistant: { name: 'Clara copy', uuid: 'u-copy' } }),
      ]),
      report('Other suite', [cell('a', false)]),
    ];
    expect(compareReports(now, before)).toEqual([['new', 'new', 'new'], ['new']]);
  });
});
