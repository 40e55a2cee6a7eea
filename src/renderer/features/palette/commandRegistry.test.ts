import { describe, expect, it } from 'vitest';
import { groupCommands, registerCommands, useCommandRegistry, type AppCommand } from './commandRegistry';

const command = (id: string, group: AppCommand['group'] = 'general'): AppCommand => ({
  id,
  group,
  titleKey: id as AppCommand['titleKey'],
  run: () => undefined,
});

const ids = () => useCommandRegistry.getState().commands.map((item) => item.id);

describe('command registry', () => {
  it('replaces a command registered again under the same id, and a stale unregister leaves the new one', () => {
    const first = command('session.new');
    const unregisterFirst = registerCommands([first]);
    const second = { ...command('session.new'), titleKey: 'newer' as AppCommand['titleKey'] };
    const unregisterSecond = registerCommands([second]);
    expect(useCommandRegistry.getState().commands.filter((item) => item.id === 'session.new')).toEqual([
      second,
    ]);
    unregisterFirst();
    expect(ids()).toContain('session.new');
    unregisterSecond();
    expect(ids()).not.toContain('session.new');
  });

  it('groups commands in a fixed order and drops empty groups', () => {
    const grouped = groupCommands([
      command('a', 'appearance'),
      command('b', 'general'),
      command('c', 'appearance'),
    ]);
    expect(grouped.map((entry) => [entry.group, entry.commands.map((item) => item.id)])).toEqual([
      ['general', ['b']],
      ['appearance', ['a', 'c']],
    ]);
  });
});
