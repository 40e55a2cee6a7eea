import { lazy, Suspense } from 'react';
import { usePreferenceCommands } from '../preferences/usePreferenceCommands';
import { selectOverlay, usePaletteStore } from './paletteStore';
import { useCoreCommands } from './useCoreCommands';
import { useGlobalShortcuts } from './useGlobalShortcuts';
import { useWorkspaceCommands } from './useWorkspaceCommands';
import './palette.css';

// The overlays (and cmdk under the palette) load the first time one opens, not with the shell.
const CommandPalette = lazy(() =>
  import('./CommandPalette').then((module) => ({ default: module.CommandPalette })),
);
const ShortcutHelp = lazy(() =>
  import('./ShortcutHelp').then((module) => ({ default: module.ShortcutHelp })),
);

/** The app-wide keyboard layer: shortcuts, the command palette and the shortcut help. Mounted once in App. */
export const CommandCenter = () => {
  useGlobalShortcuts();
  useCoreCommands();
  usePreferenceCommands();
  useWorkspaceCommands();
  const overlay = usePaletteStore(selectOverlay);
  return (
    <Suspense fallback={null}>
      {overlay === 'palette' ? <CommandPalette /> : null}
      {overlay === 'help' ? <ShortcutHelp /> : null}
    </Suspense>
  );
};
