import { useEffect } from 'react';
import { useAppStore } from '../../stores/appStore';
import type { OpenThread } from '../../stores/threadsSlice';

/** Modest: each read is one call through the account's pacer, and a long thread is megabytes. */
export const TAKEN_OVER_POLL_MS = 20_000;

/**
 * While a thread is taken over and on screen, it is read again now and then, so what the customer writes (and
 * what a colleague sends) shows up without a click; not while the window is hidden.
 */
export const useTakenOverPolling = (thread: OpenThread) => {
  const poll = useAppStore((state) => state.pollOpenThread);
  const takenOver = thread.aiEnabled === false && thread.imported === null;
  useEffect(() => {
    if (!takenOver) return;
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') void poll();
    }, TAKEN_OVER_POLL_MS);
    return () => window.clearInterval(timer);
  }, [takenOver, poll, thread.conversationId]);
};
