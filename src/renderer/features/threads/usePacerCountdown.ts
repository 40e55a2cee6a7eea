import { useEffect, useState } from 'react';
import { subscribe } from '../../lib/api';

export interface PacerCountdown {
  secondsLeft: number;
  queued: number;
}

interface Hold {
  sendId: number;
  until: number;
  queued: number;
}

/**
 * While a generate-reply send is in flight, main's pacer may hold it to stay under Famulor's 5-a-minute limit
 * and says so with `pacer:wait`. The event names main's request id, which `call` does not hand out, so any
 * wait announced during this send is taken as this send's (the pacer serves generate-reply only).
 */
export const usePacerCountdown = (
  sendId: number | null,
  clock: () => number = Date.now,
): PacerCountdown | null => {
  const [hold, setHold] = useState<Hold | null>(null);
  const [now, setNow] = useState(clock);

  useEffect(() => {
    if (sendId === null) return;
    return subscribe('pacer:wait', (payload) => {
      const at = clock();
      setNow(at);
      setHold({ sendId, until: at + payload.waitMs, queued: payload.queued });
    });
  }, [sendId, clock]);

  const holding = hold !== null && hold.sendId === sendId;
  useEffect(() => {
    if (!holding) return;
    const timer = setInterval(() => setNow(clock()), 250);
    return () => clearInterval(timer);
  }, [holding, clock]);

  if (!hold || !holding) return null;
  return { secondsLeft: Math.max(0, Math.ceil((hold.until - now) / 1000)), queued: hold.queued };
};
