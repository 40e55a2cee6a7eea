// What other features use of the command palette: registering their commands and showing shortcuts.
export type { AppCommand } from './commandRegistry';
export { isMacPlatform, shortcutKeys } from './shortcuts';
export { useRegisterCommands } from './useRegisterCommands';
