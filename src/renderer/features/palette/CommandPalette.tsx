import * as Dialog from '@radix-ui/react-dialog';
import { Command } from 'cmdk';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  groupCommands,
  selectCommands,
  selectQueryCommands,
  useCommandRegistry,
  type AppCommand,
} from './commandRegistry';
import { NAMED_MATCH, rankCommand } from './commandRank';
import { queryOffer } from './queryOffer';
import { KeyCaps } from './KeyCaps';
import { selectOverlay, usePaletteStore } from './paletteStore';

/** Where the caret goes when the palette opens: after the text typed while it loaded, never selecting it. */
const focusAtEnd = (input: HTMLInputElement | null) => {
  input?.focus();
  input?.setSelectionRange(input.value.length, input.value.length);
};

/** Ctrl/Cmd+K: every registered command, searchable by title and keywords. */
export const CommandPalette = () => {
  const { t } = useTranslation();
  const open = usePaletteStore(selectOverlay) === 'palette';
  const close = usePaletteStore((state) => state.close);
  const commands = useCommandRegistry(selectCommands);
  const queryCommands = useCommandRegistry(selectQueryCommands);
  // Keys typed into the stand-in while this code loaded (PalettePending) are the start of the search.
  const [search, setSearch] = useState(() => usePaletteStore.getState().pendingSearch);
  const inputRef = useRef<HTMLInputElement>(null);

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
  const scored =
    query === ''
      ? []
      : commands
          .map((command) => ({ command, score: rankCommand(title(command), query, command.keywords) }))
          .filter(({ score }) => score > 0)
          // Stable: equal scores keep the registry's order.
          .sort((left, right) => right.score - left.score);
  const ranked = query === '' ? null : scored.map(({ command }) => command);
  // Letters scattered over a title do not count: "Termin Dienstag" still offers to rename the session to it.
  const commandsMatch = scored.some(({ score }) => score >= NAMED_MATCH);
  const offers =
    query === ''
      ? []
      : queryCommands.flatMap((command) => {
          const offer = queryOffer(command, query, commandsMatch);
          return offer === null ? [] : [{ command, ...offer }];
        });
  // A command named by its word ("rename …") is what was asked for: above the matches, so Enter runs it.
  const named = offers.filter((offer) => offer.named);
  const offered = offers.filter((offer) => !offer.named);
  const withText = (list: typeof offers) =>
    list.length > 0 ? (
      <Command.Group heading={t('palette.withText')} className="palette__group">
        {list.map(({ command, argument }) => (
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
    ) : null;
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
    // Radix's dialog, not cmdk's Command.Dialog: only Dialog.Content's onOpenAutoFocus lets the caret land after
    // the text carried over from PalettePending; the default focus selects it, so the next key would replace it.
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="palette-overlay" />
        <Dialog.Content
          className="palette"
          aria-describedby={undefined}
          data-testid="command-palette"
          onOpenAutoFocus={(event) => {
            event.preventDefault();
            focusAtEnd(inputRef.current);
          }}
        >
          <Dialog.Title className="visually-hidden">{t('palette.title')}</Dialog.Title>
          <Command
            label={t('palette.title')}
            // The palette ranks and filters itself (rankCommand): cmdk's fuzzy order, and its grouping, put
            // scattered matches first and kept the group order, so Enter ran the wrong command.
            shouldFilter={false}
          >
            <Command.Input
              ref={inputRef}
              className="palette__input"
              value={search}
              onValueChange={setSearch}
              placeholder={t('palette.placeholder')}
              data-testid="command-palette-input"
            />
            <Command.List className="palette__list">
              {withText(named)}
              {/* Nothing matches and no command takes the text. */}
              {offered.length === 0 && ranked?.length === 0 ? (
                <Command.Empty className="palette__empty">{t('palette.empty')}</Command.Empty>
              ) : null}
              {ranked === null
                ? groupCommands(commands).map(({ group, commands: inGroup }) => (
                    <Command.Group
                      key={group}
                      heading={t(`palette.groups.${group}`)}
                      className="palette__group"
                    >
                      {inGroup.map(item)}
                    </Command.Group>
                  ))
                : ranked.length > 0 && (
                    <Command.Group heading={t('palette.matches')} className="palette__group">
                      {ranked.map(item)}
                    </Command.Group>
                  )}
              {withText(offered)}
            </Command.List>
            <footer className="palette__footer">{t('palette.footer')}</footer>
          </Command>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
};
