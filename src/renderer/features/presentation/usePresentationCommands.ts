import { useMemo } from 'react';
import { type AppCommand, useRegisterCommands } from '../palette';
import { usePresentationStore } from './presentationStore';

/** Ctrl/⌘+Shift+P everywhere; while presenting with a script, → and Page Down (a presenter's clicker) step it. */
export const usePresentationCommands = () => {
  const presenting = usePresentationStore((state) => state.presenting);
  const stepping = usePresentationStore((state) => state.step !== null);
  const commands = useMemo<AppCommand[]>(
    () => [
      {
        id: 'presentation.toggle',
        group: 'appearance',
        titleKey: 'presentation.commands.toggle',
        keywords: ['present', 'demo', 'beamer', 'präsentieren'],
        shortcuts: [{ key: 'p', mod: true, shift: true }],
        shortcutInInputs: true,
        run: () => usePresentationStore.getState().toggle(),
      },
      ...(presenting && stepping
        ? [
            {
              id: 'presentation.next',
              group: 'appearance' as const,
              titleKey: 'presentation.commands.next' as const,
              shortcuts: [{ key: 'ArrowRight' }, { key: 'PageDown' }],
              shortcutInInputs: false,
              run: () => void usePresentationStore.getState().next(),
            },
          ]
        : []),
    ],
    [presenting, stepping],
  );
  useRegisterCommands(commands);
};
