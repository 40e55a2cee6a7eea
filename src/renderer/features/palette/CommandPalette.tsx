import { Command } from 'cmdk';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  groupCommands,
  selectCommands,
  selectQueryCommands,
  useCommandRegistry,
  type AppCommand,
} from './commandRegistry';
import { rankCommand } from './commandRank';
import { KeyCaps } from './KeyCaps';
import { selectOverlay, usePaletteStore } from './paletteStore';

/** Ctrl/Cmd+K: every registered command, searchable by title and keywords. */
export const CommandPalette = () => {
  const { t } = useTranslation();
  const open = usePaletteStore(selectOverlay) === 'palette';
  const close = usePaletteStore((state) => state.close);
  const commands = useCommandRegistry(selectCommands);
  const queryCommands = useCommandRegistry(selectQueryCommands);
  const [search, setSearch] = useState('');

  const onOpenChange = (next: boolean) => {
    if (!next) close();
    setSearch('');
  };
  const runAfterClosing = (run: () => void) => {
    onOpenChange(false);
    run();
  };
  const title = (command: AppCommand) => t(command.titleKey, command.titleValues);
  const query = search.trim();
  const offered =
    query === ''
      ? []
      : queryCommands.flatMap((command) => {
          const argument = command.parse ? command.parse(query) : query;
          return argument === null ? [] : [{ command, argument }];
        });

  const ranked =
    query === ''
      ? null
      : commands
          .map((command) => ({ command, score: rankCommand(title(command), query, command.keywords) }))
          .filter(({ score }) => score > 0)
          // Stable: equal scores keep the registry's order.
          .sort((left, right) => right.score - left.score)
          .map(({ command }) => command);
  const item = (command: AppCommand) => (
    <Command.Item
      key={command.id}
      value={command.id}
      className="palette__item"
      data-testid={`command-${command.id}`}
      onSelect={() => runAfterClosing(command.run)}
    >
      <span>{title(command)}</span>
      {command.shortcuts?.[0] ? <KeyCaps shortcut={command.shortcuts[0]} /> : null}
    </Command.Item>
  );

  return (
    <Command.Dialog
      open={open}
      onOpenChange={onOpenChange}
      label={t('palette.title')}
      // The palette ranks and filters itself (rankCommand): cmdk's fuzzy order, and its grouping, put scattered
      // matches first and kept the group order, so Enter ran the wrong command.
      shouldFilter={false}
      overlayClassName="palette-overlay"
      contentClassName="palette"
      data-testid="command-palette"
    >
      <Command.Input
        className="palette__input"
        value={search}
        onValueChange={setSearch}
        placeholder={t('palette.placeholder')}
        data-testid="command-palette-input"
      />
      <Command.List className="palette__list">
        {/* Nothing matches and no command takes the text. */}
        {offered.length === 0 && ranked?.length === 0 ? (
          <Command.Empty className="palette__empty">{t('palette.empty')}</Command.Empty>
        ) : null}
        {ranked === null
          ? groupCommands(commands).map(({ group, commands: inGroup }) => (
              <Command.Group key={group} heading={t(`palette.groups.${group}`)} className="palette__group">
                {inGroup.map(item)}
              </Command.Group>
            ))
          : ranked.length > 0 && (
              <Command.Group heading={t('palette.matches')} className="palette__group">
                {ranked.map(item)}
              </Command.Group>
            )}
        {offered.length > 0 ? (
          // Below the commands that match: shown whenever they take the text.
          <Command.Group heading={t('palette.withText')} className="palette__group">
            {offered.map(({ command, argument }) => (
              <Command.Item
                key={command.id}
                value={`with-text:${command.id}`}
                className="palette__item"
                data-testid={`command-${command.id}`}
                onSelect={() => runAfterClosing(() => command.run(argument))}
              >
                <span>{t(command.titleKey, { query: argument })}</span>
              </Command.Item>
            ))}
          </Command.Group>
        ) : null}
      </Command.List>
      <footer className="palette__footer">{t('palette.footer')}</footer>
    </Command.Dialog>
  );
};
