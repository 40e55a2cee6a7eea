import { describe, expect, it } from 'vitest';
import { paneColumns } from './paneGrid';

describe('how panes share the width', () => {
  it('puts them side by side while each can be 320 px wide', () => {
    expect(paneColumns(4, 1312)).toBe(4);
    expect(paneColumns(2, 672)).toBe(2);
    expect(paneColumns(1, 200)).toBe(1);
  });

  it('wraps them into even rows when they would be narrower', () => {
    // 1280 px with the sidebar and the inspector: 672 px for four panes.
    expect(paneColumns(4, 672)).toBe(2);
    // 1280 px without the inspector: three would fit in a row, four go 2 × 2.
    expect(paneColumns(4, 1048)).toBe(2);
    expect(paneColumns(3, 672)).toBe(2);
    expect(paneColumns(3, 300)).toBe(1);
  });
});
