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

  return (
    <Command.Dialog
      open={open}
      onOpenChange={onOpenChange}
      label={t('palette.title')}
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
        {/* cmdk counts only the items that match the search; a command that takes the text is a result too. */}
        {offered.length === 0 ? (
          <Command.Empty className="palette__empty">{t('palette.empty')}</Command.Empty>
        ) : null}
        {groupCommands(commands).map(({ group, commands: inGroup }) => (
          <Command.Group key={group} heading={t(`palette.groups.${group}`)} className="palette__group">
            {inGroup.map((command) => (
              <Command.Item
                key={command.id}
                value={`${command.id} ${title(command)}`}
                keywords={command.keywords}
                className="palette__item"
                data-testid={`command-${command.id}`}
                onSelect={() => runAfterClosing(command.run)}
              >
                <span>{title(command)}</span>
                {command.shortcuts?.[0] ? <KeyCaps shortcut={command.shortcuts[0]} /> : null}
              </Command.Item>
            ))}
          </Command.Group>
        ))}
        {offered.length > 0 ? (
          // forceMount here as on the items: cmdk hides a group none of whose values match the search.
          <Command.Group heading={t('palette.withText')} className="palette__group" forceMount>
            {offered.map(({ command, argument }) => (
              <Command.Item
                key={command.id}
                value={command.id}
                // Shown whenever it takes the text, below the commands that match it (its value never matches).
                forceMount
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
