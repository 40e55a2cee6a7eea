import { useEffect, useState } from 'react';
import { subscribe } from '../../lib/api';
import { useSecondsUntil } from '../../lib/useSecondsUntil';

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

  useEffect(
    () =>
      subscribe('pacer:wait', (payload) => {
        if (payload.requestId === null) return;
        const at = clock();
        const hold = { requestId: payload.requestId, until: at + payload.waitMs, queued: payload.queued };
        setHolds((current) => [...current.slice(1 - KEPT_HOLDS), hold]);
      }),
    [clock],
  );

  const hold = requestId === null ? undefined : holds.findLast((item) => item.requestId === requestId);
  const secondsLeft = useSecondsUntil(hold?.until ?? null, clock);
  if (!hold || secondsLeft === null) return null;
  return { secondsLeft, queued: hold.queued };
};
