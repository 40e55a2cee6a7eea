import { useEffect, useState } from 'react';

const TICK_MS = 250;

/** Whole seconds left until `until` (a Date.now time), ticking while any remain; null when there is no deadline. */
export const useSecondsUntil = (until: number | null, clock: () => number = Date.now): number | null => {
  const [now, setNow] = useState(clock);
  const [measuredFor, setMeasuredFor] = useState(until);
  // A new deadline is measured from now, not from the last tick of the previous one (React's pattern for
  // state that follows a prop: set it while rendering, before the stale value is shown).
  if (measuredFor !== until) {
    setMeasuredFor(until);
    setNow(clock());
  }
  const waiting = until !== null && until > now;
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => setNow(clock()), TICK_MS);
    return () => clearInterval(timer);
  }, [waiting, clock]);
  return until === null ? null : Math.max(0, Math.ceil((until - now) / 1000));
};
