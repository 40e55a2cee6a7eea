import { useEffect, useState } from 'react';

/**
 * Gives focus back to what had it when the component mounted (the button or field a dialog was opened from) once
 * the component is gone, unless focus has gone somewhere on purpose meanwhile. Radix's dialog returns focus only
 * to its own Dialog.Trigger; dialogs opened from a palette command or an error's button have none, and focus
 * would fall to <body>, where the keyboard has to start over.
 */
export const useFocusReturn = (): void => {
  const [opener] = useState(() =>
    document.activeElement instanceof HTMLElement ? document.activeElement : null,
  );
  useEffect(
    () => () => {
      // After Radix's own clean-up, which runs in a timeout of its own and may move focus to <body>.
      setTimeout(() => {
        const lost = document.activeElement === null || document.activeElement === document.body;
        if (lost && opener?.isConnected) opener.focus();
      }, 0);
    },
    [opener],
  );
};
