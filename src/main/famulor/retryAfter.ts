const SECONDS = /^\d+(\.\d+)?$/;

/** `Retry-After` is either delay-seconds or an HTTP-date (RFC 9110 §10.2.3). */
export const parseRetryAfterHeader = (value: string | null, nowMs: number): number | undefined => {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (SECONDS.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const dateMs = Date.parse(trimmed);
  return Number.isNaN(dateMs) ? undefined : Math.max(0, dateMs - nowMs);
};

/** Famulor's bodies carry `retry_after` in seconds, as a number or a numeric string. */
export const parseRetryAfterBody = (value: number | string | undefined): number | undefined => {
  if (value === undefined) return undefined;
  const seconds = typeof value === 'number' ? value : SECONDS.test(value.trim()) ? Number(value) : NaN;
  return Number.isFinite(seconds) && seconds >= 0 ? Math.round(seconds * 1000) : undefined;
};

/** When header and body disagree, waiting for the longer one avoids a certain second 429. */
export const combineRetryAfter = (...delays: (number | undefined)[]): number | undefined => {
  const known = delays.filter((delay): delay is number => delay !== undefined);
  return known.length > 0 ? Math.max(...known) : undefined;
};
