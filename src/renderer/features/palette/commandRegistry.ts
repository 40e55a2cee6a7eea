import type { ParseKeys } from 'i18next';
import { create } from 'zustand';
import type { Shortcut } from './shortcuts';

export type CommandGroup =
  'general' | 'navigation' | 'session' | 'playground' | 'inspector' | 'replay' | 'threads' | 'appearance';

/**
 * An action the palette and the shortcut help list. Feature code registers its own (usually from a mounted
 * component, so a command exists only while its feature can run it); titles are i18n keys.
 */
export interface AppCommand {
  id: string;
  group: CommandGroup;
  titleKey: ParseKeys;
  titleValues?: Record<string, string | number>;
  /** Extra words the palette search matches (in any language). */
  keywords?: string[];
  /** The first one is shown in the palette; the help overlay lists them all. */
  shortcuts?: Shortcut[];
  /** A shortcut that works even while a text field has focus (Ctrl/Cmd combinations usually should). */
  shortcutInInputs?: boolean;
  run(): void;
}

/**
 * A command that needs a value typed into the palette (e.g. a thread id); it appears once the search field
 * holds something, with the text as its argument.
 */
export interface QueryCommand {
  id: string;
  group: CommandGroup;
  titleKey: ParseKeys;
  /**
   * Turns the typed text into the command's argument (shown as `{{query}}` in the title); null hides the
   * command, because the text is not something it can act on. Without it the trimmed text is the argument.
   */
  parse?(query: string): string | null;
  /**
   * Words that name the command in the search ("rename Demo"): the text after one is its argument. A command with
   * words gets text without one only when no other command matches it.
   */
  prefixes?: readonly string[];
  run(argument: string): void;
}

interface RegistryState {
  commands: AppCommand[];
  queryCommands: QueryCommand[];
}

export const useCommandRegistry = create<RegistryState>()(() => ({ commands: [], queryCommands: [] }));

const withoutIds = <T extends { id: string }>(list: readonly T[], ids: ReadonlySet<string>) =>
  list.filter((item) => !ids.has(item.id));

/**
 * Adds (or replaces, by id) commands; returns the function that removes exactly these objects again, so a
 * stale unregister cannot remove a newer registration of the same id.
 */
export const registerCommands = (commands: readonly AppCommand[]): (() => void) => {
  const ids = new Set(commands.map((command) => command.id));
  useCommandRegistry.setState((state) => ({ commands: [...withoutIds(state.commands, ids), ...commands] }));
  return () =>
    useCommandRegistry.setState((state) => ({
      commands: state.commands.filter((command) => !commands.includes(command)),
    }));
};

export const registerQueryCommands = (commands: readonly QueryCommand[]): (() => void) => {
  const ids = new Set(commands.map((command) => command.id));
  useCommandRegistry.setState((state) => ({
    queryCommands: [...withoutIds(state.queryCommands, ids), ...commands],
  }));
  return () =>
    useCommandRegistry.setState((state) => ({
      queryCommands: state.queryCommands.filter((command) => !commands.includes(command)),
    }));
};

export const selectCommands = (state: RegistryState) => state.commands;
export const selectQueryCommands = (state: RegistryState) => state.queryCommands;

export const GROUP_ORDER: readonly CommandGroup[] = [
  'general',
  'navigation',
  'session',
  'playground',
  'inspector',
  'replay',
  'threads',
  'appearance',
];

export const groupCommands = <T extends { group: CommandGroup }>(commands: readonly T[]) =>
  GROUP_ORDER.map((group) => ({
    group,
    commands: commands.filter((command) => command.group === group),
  })).filter((entry) => entry.commands.length > 0);
