import { useMemo } from 'react';
import { useUiStore } from '../../stores/uiStore';
import { type AppCommand, useRegisterCommands } from '../palette';

/**
 * Ctrl/Cmd+B switches between sending to the focused pane and broadcasting to all. Registered with the palette's
 * registry (not a listener of its own) so that the palette lists it and one key press runs it exactly once.
 */
export const useBroadcastCommand = () => {
  const commands = useMemo<AppCommand[]>(
    () => [
      {
        id: 'playground.toggleBroadcast',
        group: 'playground',
        titleKey: 'palette.commands.toggleBroadcast',
        keywords: ['broadcast', 'all panes', 'alle'],
        shortcuts: [{ key: 'b', mod: true }],
        shortcutInInputs: true,
        run: () => useUiStore.getState().toggleBroadcast(),
      },
    ],
    [],
  );
  useRegisterCommands(commands);
};
