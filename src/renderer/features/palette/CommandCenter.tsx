import { lazy, Suspense, useEffect } from 'react';
import { usePreferenceCommands } from '../preferences';
import { PalettePending } from './PalettePending';
import { selectOverlay, usePaletteStore } from './paletteStore';
import { useCoreCommands } from './useCoreCommands';
import { useGlobalShortcuts } from './useGlobalShortcuts';
import { useWorkspaceCommands } from './useWorkspaceCommands';
import './palette.css';

// The overlays (and cmdk under the palette) are not part of the shell's first load: the palette's code is
// fetched once the app is idle, or at the first Ctrl+K if that comes sooner.
const loadPalette = () => import('./CommandPalette');
const CommandPalette = lazy(() => loadPalette().then((module) => ({ default: module.CommandPalette })));
const whenIdle = (run: () => void): (() => void) => {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(run, { timeout: 3000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(run, 1000);
  return () => window.clearTimeout(handle);
};
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
  useEffect(() => whenIdle(() => void loadPalette().catch(() => undefined)), []);
  return (
    <>
      <Suspense fallback={<PalettePending />}>{overlay === 'palette' ? <CommandPalette /> : null}</Suspense>
      <Suspense fallback={null}>{overlay === 'help' ? <ShortcutHelp /> : null}</Suspense>
    </>
  );
};
