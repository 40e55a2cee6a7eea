import { useEffect } from 'react';
import {
  registerCommands,
  registerQueryCommands,
  type AppCommand,
  type QueryCommand,
} from './commandRegistry';

/**
 * Registers commands for as long as the calling component is mounted. Pass a memoised list: a new list
 * re-registers, which is how a command picks up new state (an enabled flag, a title value).
 */
export const useRegisterCommands = (
  commands: readonly AppCommand[],
  queryCommands: readonly QueryCommand[] = [],
) => {
  useEffect(() => registerCommands(commands), [commands]);
  useEffect(() => registerQueryCommands(queryCommands), [queryCommands]);
};
