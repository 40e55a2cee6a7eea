import { describe, expect, it } from 'vitest';
import { formatPerfJson, formatPerfTable } from './perfReport';
import type { PerfMark } from './startupPerf';

const marks: PerfMark[] = [
  { name: 'main start', ms: 41.23 },
  { name: 'host ready', ms: 180 },
  { name: 'shell interactive', ms: 1234.56 },
];

describe('formatPerfTable', () => {
  it('prints each mark since process start and since the previous mark', () => {
    expect(formatPerfTable(marks).split('\n')).toEqual([
      'Start-up marks (--perf)',
      '| mark              | since process start | since previous |',
      '|-------------------|---------------------|----------------|',
      '| main start        |             41.2 ms |        41.2 ms |',
      '| host ready        |            180.0 ms |      +138.8 ms |',
      '| shell interactive |           1234.6 ms |     +1054.6 ms |',
    ]);
  });
});

describe('formatPerfJson', () => {
  it('is one JSON line with the marks rounded to a tenth of a millisecond', () => {
    const line = formatPerfJson(marks);
    expect(line).not.toContain('\n');
    expect(JSON.parse(line)).toEqual({
      perfMarks: [
        { name: 'main start', ms: 41.2 },
        { name: 'host ready', ms: 180 },
        { name: 'shell interactive', ms: 1234.6 },
      ],
    });
  });
});
