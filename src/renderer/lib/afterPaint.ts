/**
 * Resolves once the browser has painted what was rendered before the call: a frame callback runs just before a
 * paint, and a task queued from it runs after that paint. For work that would otherwise delay a first screen.
 */
export const afterPaint = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
