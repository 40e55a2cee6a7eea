import { useEffect, useState } from 'react';

/** The time, ticking every `everyMs` while `running` (a countdown on screen); still otherwise. */
export const useClock = (running: boolean, everyMs = 1000): number => {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    // At once (on the next turn), so a countdown that starts now does not show the time the component mounted.
    const first = window.setTimeout(() => setNow(Date.now()), 0);
    const timer = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => {
      window.clearTimeout(first);
      window.clearInterval(timer);
    };
  }, [running, everyMs]);
  return now;
};
