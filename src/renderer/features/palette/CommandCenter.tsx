import { usePreferenceCommands } from '../preferences/usePreferenceCommands';
import { CommandPalette } from './CommandPalette';
import { ShortcutHelp } from './ShortcutHelp';
import { useCoreCommands } from './useCoreCommands';
import { useGlobalShortcuts } from './useGlobalShortcuts';
import { useWorkspaceCommands } from './useWorkspaceCommands';
import './palette.css';

/** The app-wide keyboard layer: shortcuts, the command palette and the shortcut help. Mounted once in App. */
export const CommandCenter = () => {
  useGlobalShortcuts();
  useCoreCommands();
  usePreferenceCommands();
  useWorkspaceCommands();
  return (
    <>
      <CommandPalette />
      <ShortcutHelp />
    </>
  );
};
