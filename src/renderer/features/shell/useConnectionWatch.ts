import { useEffect } from 'react';
import { call, subscribe } from '../../lib/api';
import { useAppStore } from '../../stores/appStore';

/** The browser mode's host is checked this often, so its loss shows within seconds even when nothing is sent. */
export const HOST_CHECK_MS = 5_000;
/** The active profile is checked when no real call has said anything about it for this long. */
export const QUIET_RECHECK_MS = 60_000;
/** A connection that failed is checked this often, so the status bar turns green soon after it heals. */
export const FAILED_RECHECK_MS = 15_000;

const visible = () => document.visibilityState === 'visible';

/**
 * Keeps the status bar honest: every Famulor call's outcome (main's `connection:observed`) updates the profile's
 * state; in browser mode the host is asked `app:info` every few seconds (lib/api notes a host that stopped
 * answering); the active profile is rechecked lightly — after a quiet minute, or every 15 s while it is failing.
 * Nothing is checked while the window is hidden.
 */
export const useConnectionWatch = (browserMode: boolean) => {
  useEffect(() => {
    let lastHeard = Date.now();
    const unsubscribe = subscribe('connection:observed', ({ profileId, error }) => {
      lastHeard = Date.now();
      useAppStore.getState().observeConnection(profileId, error);
    });
    const hostTimer = browserMode
      ? window.setInterval(() => {
          if (visible()) void call('app:info', {});
        }, HOST_CHECK_MS)
      : undefined;
    const profileTimer = window.setInterval(() => {
      if (!visible()) return;
      const { activeId, connections, list, keys } = useAppStore.getState().profiles;
      const active = list.find((profile) => profile.id === activeId);
      // A remote profile without a key has nothing to check: the status bar already says "no key".
      if (!active || (active.kind === 'remote' && !keys[active.id]?.hasKey)) return;
      const failed = connections[active.id]?.state === 'failed';
      const due = Date.now() - lastHeard >= (failed ? FAILED_RECHECK_MS : QUIET_RECHECK_MS);
      if (!due) return;
      lastHeard = Date.now();
      void useAppStore.getState().recheckConnection(active.id);
    }, FAILED_RECHECK_MS);
    return () => {
      unsubscribe();
      window.clearInterval(hostTimer);
      window.clearInterval(profileTimer);
    };
  }, [browserMode]);
};
