import { useEffect, useState } from 'react';
import { subscribe } from '../../lib/api';

export interface PacerCountdown {
  secondsLeft: number;
  queued: number;
}

interface Hold {
  requestId: string;
  until: number;
  queued: number;
}

// Other requests (another tab of sends, the playground) may be held at the same time; a few recent holds are
// enough to find this request's among them.
const KEPT_HOLDS = 8;

/**
 * While a generate-reply send is in flight, main's pacer may hold it to stay under Famulor's 5-a-minute limit
 * and says so with `pacer:wait`, naming the request it holds. Only the hold of `requestId` (the id the send
 * was made with, see `nextRequestId`) counts down here. Listening starts on mount rather than per send, so a
 * wait announced before React has re-rendered for the new send is not missed.
 */
export const usePacerCountdown = (
  requestId: string | null,
  clock: () => number = Date.now,
): PacerCountdown | null => {
  const [holds, setHolds] = useState<readonly Hold[]>([]);
  const [now, setNow] = useState(clock);

  useEffect(
    () =>
      subscribe('pacer:wait', (payload) => {
        if (payload.requestId === null) return;
        const at = clock();
        const hold = { requestId: payload.requestId, until: at + payload.waitMs, queued: payload.queued };
        setNow(at);
        setHolds((current) => [...current.slice(1 - KEPT_HOLDS), hold]);
      }),
    [clock],
  );

  const hold = requestId === null ? undefined : holds.findLast((item) => item.requestId === requestId);
  const holding = hold !== undefined && hold.until > now;
  useEffect(() => {
    if (!holding) return;
    const timer = setInterval(() => setNow(clock()), 250);
    return () => clearInterval(timer);
  }, [holding, clock]);

  if (!hold) return null;
  return { secondsLeft: Math.max(0, Math.ceil((hold.until - now) / 1000)), queued: hold.queued };
};
