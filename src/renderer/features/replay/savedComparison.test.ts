import { describe, expect, it } from 'vitest';
import { readComparison, withComparison, withoutComparison } from './savedComparison';

const script = { kind: 'replay-script', id: 's1', name: 'Booking' };

describe('the saved replay comparison', () => {
  it('is stored next to the scripts, one at a time, and read back', () => {
    const first = withComparison([script], { scriptName: 'Booking', paneIds: ['p1', 'p2'] });
    const second = withComparison(first, { scriptName: 'VIP', paneIds: ['p3', 'p4'] });
    expect(second).toHaveLength(2);
    expect(second[0]).toEqual(script);
    expect(readComparison(second)).toEqual({ scriptName: 'VIP', paneIds: ['p3', 'p4'] });
  });

  it('is gone after clearing, and a broken record is ignored', () => {
    const stored = withComparison([script], { scriptName: 'Booking', paneIds: ['p1'] });
    expect(withoutComparison(stored)).toEqual([script]);
    expect(readComparison([{ kind: 'replay-comparison', scriptName: 'x', paneIds: [1, 2] }])).toBeNull();
    expect(readComparison(undefined)).toBeNull();
  });
});
