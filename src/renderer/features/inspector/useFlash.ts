import { useCallback, useEffect, useRef, useState } from 'react';

export interface Flash {
  text: string;
  tone: 'success' | 'error';
}

/** A short-lived message (the "Copied" toast): showing a new one replaces the last and restarts its timer. */
export const useFlash = (durationMs = 2500) => {
  const [flash, setFlash] = useState<Flash | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  const show = useCallback(
    (next: Flash) => {
      if (timer.current) clearTimeout(timer.current);
      setFlash(next);
      timer.current = setTimeout(() => setFlash(null), durationMs);
    },
    [durationMs],
  );
  return [flash, show] as const;
};
