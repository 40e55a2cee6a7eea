/**
 * No file or message the app writes nests deeper than this; the IPC boundary refuses deeper input, and the
 * stores quarantine deeper files, before a schema walks them (zod recurses and overflows the stack at a few
 * thousand levels).
 */
export const MAX_JSON_DEPTH = 64;

/** Whether a parsed JSON value nests deeper than `limit` (the top level is depth 0). Iterative, so it cannot overflow. */
export const exceedsDepth = (value: unknown, limit: number = MAX_JSON_DEPTH): boolean => {
  const pending: [unknown, number][] = [[value, 0]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [current, depth] = next;
    if (current === null || typeof current !== 'object') continue;
    if (depth >= limit) {
      // An empty object or array at the limit adds no level below it.
      if (Object.keys(current).length > 0) return true;
      continue;
    }
    for (const child of Object.values(current)) pending.push([child, depth + 1]);
  }
  return false;
};
