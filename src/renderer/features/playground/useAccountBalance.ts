import { useEffect } from 'react';
import { useAppStore } from '../../stores/appStore';

/**
 * The active account's balance for a billed (widget) pane: asked for when the pane shows it and again after
 * each billed message (`billedCostUsd` changes), through the quiet connection check the status bar also uses.
 * Null until Famulor has answered, or when it cannot.
 */
export const useAccountBalance = (billedCostUsd: number): number | null => {
  const activeId = useAppStore((state) => state.profiles.activeId);
  const recheck = useAppStore((state) => state.recheckConnection);
  const balance = useAppStore((state) => {
    const check = activeId ? state.profiles.connections[activeId] : undefined;
    return check?.state === 'connected' ? check.account.totalBalance : null;
  });
  useEffect(() => {
    if (activeId) void recheck(activeId);
  }, [activeId, billedCostUsd, recheck]);
  return balance;
};
