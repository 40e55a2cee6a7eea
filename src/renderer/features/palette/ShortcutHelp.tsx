import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { groupCommands, selectCommands, useCommandRegistry } from './commandRegistry';
import { KeyCaps } from './KeyCaps';
import { selectOverlay, usePaletteStore } from './paletteStore';

/** `?` or Ctrl/Cmd+/: every command that has a shortcut, from the same registry as the palette. */
export const ShortcutHelp = () => {
  const { t } = useTranslation();
  const open = usePaletteStore(selectOverlay) === 'help';
  const close = usePaletteStore((state) => state.close);
  const commands = useCommandRegistry(selectCommands).filter(
    (command) => (command.shortcuts ?? []).length > 0,
  );
  const closeButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (open) closeButton.current?.focus();
  }, [open]);

  if (!open) return null;
  return (
    <div className="palette-overlay" onClick={close}>
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcut-help-title"
        className="shortcut-help"
        data-testid="shortcut-help"
        onClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            close();
          }
        }}
      >
        <header className="shortcut-help__header">
          <h2 id="shortcut-help-title">{t('palette.help.title')}</h2>
          <button
            ref={closeButton}
            type="button"
            className="shortcut-help__close"
            aria-label={t('palette.help.close')}
            onClick={close}
            data-testid="shortcut-help-close"
          >
            ×
          </button>
        </header>
        <div className="shortcut-help__body">
          {groupCommands(commands).map(({ group, commands: inGroup }) => (
            <section key={group} className="shortcut-help__group">
              <h3>{t(`palette.groups.${group}`)}</h3>
              <dl>
                {inGroup.map((command) => (
                  <div key={command.id} className="shortcut-help__row">
                    <dt>{t(command.titleKey, command.titleValues)}</dt>
                    <dd>
                      {(command.shortcuts ?? []).map((shortcut, index) => (
                        <KeyCaps key={index} shortcut={shortcut} />
                      ))}
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
      </div>
    </div>
  );
};
