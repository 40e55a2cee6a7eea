import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat } from '../../shared/export/model';
import type { AppError } from '../../shared/result';
import { EXPORT_HOLDS_KEY } from '../../shared/export/keyCheck';
import './exportMenu.css';
import { describeError } from '../lib/describeError';

const FORMATS: ExportFormat[] = ['markdown', 'json', 'html'];

interface ExportMenuProps {
  /** The trigger's text, e.g. "Export" or "Export session". */
  label: string;
  /** The trigger's test id; the items are `export-<format>`. */
  testId: string;
  disabled?: boolean;
  /** Small beside other small actions (the thread reader); regular in a toolbar of regular buttons. */
  size?: 'small' | 'regular';
  onExport(format: ExportFormat): void;
  /** Why the last export was not saved (main's key check refused it, or it failed), shown under the button. */
  failure?: AppError | null;
}

/**
 * A button that opens the three export formats (Markdown, JSON, a self-contained HTML report). What an export
 * contains is the caller's business; this only offers the choice, with arrow-key navigation like a menu.
 */
export const ExportMenu = ({
  label,
  testId,
  disabled = false,
  size = 'small',
  onExport,
  failure = null,
}: ExportMenuProps) => {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const menuRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(() => {
    if (!open) return;
    itemRefs.current[0]?.focus();
    const close = (event: MouseEvent) => {
      if (!menuRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  const closeToTrigger = () => {
    setOpen(false);
    triggerRef.current?.focus();
  };

  const moveFocus = (event: KeyboardEvent) => {
    const items = itemRefs.current.filter((item): item is HTMLButtonElement => item !== null);
    const current = items.indexOf(document.activeElement as HTMLButtonElement);
    const last = items.length - 1;
    const next: Record<string, number> = {
      ArrowDown: current >= last ? 0 : current + 1,
      ArrowUp: current <= 0 ? last : current - 1,
      Home: 0,
      End: last,
    };
    const target = next[event.key];
    if (target === undefined) return;
    event.preventDefault();
    items[target]?.focus();
  };

  return (
    <div
      ref={menuRef}
      className="export-menu"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          closeToTrigger();
        }
      }}
    >
      <button
        ref={triggerRef}
        type="button"
        className={size === 'small' ? 'button button--small' : 'button'}
        aria-haspopup="menu"
        aria-expanded={open}
        data-testid={testId}
        disabled={disabled}
        onClick={() => setOpen((value) => !value)}
      >
        {label} ▾
      </button>
      {open && !disabled && (
        <div className="export-menu__list" role="menu" aria-label={label} onKeyDown={moveFocus}>
          {FORMATS.map((format, index) => (
            <button
              key={format}
              ref={(element) => {
                itemRefs.current[index] = element;
              }}
              type="button"
              role="menuitem"
              className="export-menu__item"
              data-testid={`export-${format}`}
              onClick={() => {
                onExport(format);
                closeToTrigger();
              }}
            >
              <span>{t(`exportMenu.${format}`)}</span>
              <span className="export-menu__hint">{t(`exportMenu.${format}Hint`)}</span>
            </button>
          ))}
        </div>
      )}
      {failure ? (
        <p className="export-menu__error" role="alert" data-testid={`${testId}-error`}>
          {failure.errorCode === EXPORT_HOLDS_KEY
            ? t('exportMenu.holdsKey')
            : t('exportMenu.failed', { message: describeError(t, failure) })}
        </p>
      ) : null}
    </div>
  );
};
