import { useMemo } from 'react';
import { selectSetView, useUiStore } from '../../stores/uiStore';
import type { AppCommand } from './commandRegistry';
import { usePaletteStore } from './paletteStore';
import { useRegisterCommands } from './useRegisterCommands';

/** Commands that belong to the shell itself: the two overlays and the main views. */
export const useCoreCommands = () => {
  const setView = useUiStore(selectSetView);
  const toggle = usePaletteStore((state) => state.toggle);
  const commands = useMemo<AppCommand[]>(
    () => [
      {
        id: 'palette.open',
        group: 'general',
        titleKey: 'palette.commands.open',
        shortcuts: [{ key: 'k', mod: true }],
        shortcutInInputs: true,
        run: () => toggle('palette'),
      },
      {
        id: 'help.open',
        group: 'general',
        titleKey: 'palette.commands.help',
        keywords: ['keyboard', 'shortcuts', 'tastenkürzel'],
        shortcuts: [{ key: '?' }, { key: '/', mod: true }],
        shortcutInInputs: false,
        run: () => toggle('help'),
      },
      {
        id: 'view.playground',
        group: 'navigation',
        titleKey: 'palette.commands.viewPlayground',
        shortcuts: [{ key: '1', mod: true }],
        shortcutInInputs: true,
        run: () => setView('playground'),
      },
      {
        id: 'view.threads',
        group: 'navigation',
        titleKey: 'palette.commands.viewThreads',
        shortcuts: [{ key: '2', mod: true }],
        shortcutInInputs: true,
        run: () => setView('threads'),
      },
      {
        id: 'view.tests',
        group: 'navigation',
        titleKey: 'palette.commands.viewTests',
        shortcuts: [{ key: '3', mod: true }],
        shortcutInInputs: true,
        run: () => setView('tests'),
      },
      {
        id: 'view.lab',
        group: 'navigation',
        titleKey: 'palette.commands.viewLab',
        shortcuts: [{ key: '4', mod: true }],
        shortcutInInputs: true,
        run: () => setView('lab'),
      },
      {
        id: 'view.settings',
        group: 'navigation',
        titleKey: 'palette.commands.viewSettings',
        shortcuts: [{ key: ',', mod: true }],
        shortcutInInputs: true,
        run: () => setView('settings'),
      },
    ],
    [setView, toggle],
  );
  useRegisterCommands(commands);
};
