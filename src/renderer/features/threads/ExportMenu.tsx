import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportThread, type ExportFormat, type ThreadExportInput } from '../../../shared/export/thread';
import { downloadFile } from './download';

const FORMATS: ExportFormat[] = ['markdown', 'json', 'html'];

/** Downloads the thread as Markdown, JSON or a self-contained HTML report. */
export const ExportMenu = ({ thread }: { thread: ThreadExportInput | null }) => {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const menuRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) => {
      if (!menuRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  return (
    <div
      ref={menuRef}
      className="export-menu"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
        }
      }}
    >
      <button
        type="button"
        className="button button--small"
        aria-haspopup="menu"
        aria-expanded={open}
        data-testid="thread-export"
        disabled={thread === null}
        onClick={() => setOpen((value) => !value)}
      >
        {t('threads.export.button')} ▾
      </button>
      {open && thread && (
        <div className="export-menu__list" role="menu">
          {FORMATS.map((format) => (
            <button
              key={format}
              type="button"
              role="menuitem"
              className="export-menu__item"
              data-testid={`export-${format}`}
              onClick={() => {
                downloadFile(exportThread(thread, format, new Date()));
                setOpen(false);
              }}
            >
              <span>{t(`threads.export.${format}`)}</span>
              <span className="export-menu__hint">{t(`threads.export.${format}Hint`)}</span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
};
