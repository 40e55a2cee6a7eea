import { useCallback, useEffect, useState } from 'react';
import type { Exchange } from '../../../shared/domain/famulor';
import type { AppError } from '../../../shared/result';
import { call } from '../../lib/api';

interface Loaded {
  /** Which request this answers; while it differs from the current one, a load is under way. */
  key: string;
  exchanges: Exchange[];
  error: AppError | null;
}

/**
 * The recorded HTTP exchanges of one pane (main tags them with the pane id). Reloads when `revision` changes,
 * so the list follows the pane's transcript; a reload cancels the one before it.
 */
export const useExchanges = (paneId: string | null, revision: number) => {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [reloads, setReloads] = useState(0);
  const key = `${paneId ?? ''}:${revision}:${reloads}`;
  useEffect(() => {
    if (paneId === null) return;
    const controller = new AbortController();
    void call('exchanges:list', { tag: paneId }, { signal: controller.signal }).then((result) => {
      if (controller.signal.aborted) return;
      setLoaded(
        result.ok
          ? { key, exchanges: result.data, error: null }
          : { key, exchanges: [], error: result.error },
      );
    });
    return () => controller.abort();
  }, [paneId, key]);
  const reload = useCallback(() => setReloads((count) => count + 1), []);
  return {
    exchanges: loaded?.exchanges ?? [],
    error: loaded?.error ?? null,
    loading: paneId !== null && loaded?.key !== key,
    reload,
  };
};
