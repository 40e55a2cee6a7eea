import { describe, expect, it, vi } from 'vitest';
import { createStartupMarks } from './startupMarks';

describe('createStartupMarks', () => {
  it('starts with the navigation as "renderer start" and keeps each mark’s first time, in wall-clock ms', () => {
    let now = 120;
    const shown = vi.fn();
    const marks = createStartupMarks({ timeOrigin: 1_700_000_000_000, now: () => now }, shown);
    marks.take('first render');
    now = 480;
    marks.take('shell interactive');
    now = 900;
    marks.take('first render');
    expect(marks.list()).toEqual([
      { name: 'renderer start', epochMs: 1_700_000_000_000 },
      { name: 'first render', epochMs: 1_700_000_000_120 },
      { name: 'shell interactive', epochMs: 1_700_000_000_480 },
    ]);
    expect(shown.mock.calls).toEqual([
      ['first render', 120],
      ['shell interactive', 480],
    ]);
  });
});
