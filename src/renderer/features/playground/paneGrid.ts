/** Narrower than this, a pane's header, messages and composer no longer fit without clipping. */
export const MIN_PANE_WIDTH = 320;

/**
 * How many columns `count` panes get in `width` pixels: all side by side when each can be MIN_PANE_WIDTH wide,
 * else as few rows as fit, with the panes shared out evenly (four panes as 2 × 2, not 3 + 1).
 */
export const paneColumns = (count: number, width: number): number => {
  if (count <= 1) return 1;
  const fit = Math.max(1, Math.floor(width / MIN_PANE_WIDTH));
  if (fit >= count) return count;
  const rows = Math.ceil(count / fit);
  return Math.ceil(count / rows);
};
