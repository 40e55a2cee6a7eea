import { useEffect, useState } from 'react';

/**
 * Gives focus back to what had it when the component mounted (the button or field a dialog was opened from) once
 * the component is gone, unless focus has gone somewhere on purpose meanwhile. Radix's dialog returns focus only
 * to its own Dialog.Trigger; dialogs opened from a palette command or an error's button have none, and focus
 * would fall to <body>, where the keyboard has to start over. `fallback` names where focus goes when that
 * element is gone.
 */
export const useFocusReturn = (fallback?: () => HTMLElement | null): void => {
  const [opener] = useState(() =>
    document.activeElement instanceof HTMLElement ? document.activeElement : null,
  );
  useEffect(
    () => () => {
      // After Radix's own clean-up, which runs in a timeout of its own and may move focus to <body>.
      setTimeout(() => {
        const lost = document.activeElement === null || document.activeElement === document.body;
        if (!lost) return;
        // The opener may be gone (the command palette a command ran from): then where the work goes on.
        const target = opener?.isConnected ? opener : (fallback?.() ?? null);
        target?.focus();
      }, 0);
    },
    // The fallback of the first render is the one kept: it is read once, after the component is gone.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [opener],
  );
};
