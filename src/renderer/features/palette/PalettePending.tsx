import { useTranslation } from 'react-i18next';
import { selectPendingSearch, usePaletteStore } from './paletteStore';

/**
 * The palette's stand-in while its code loads (the first Ctrl+K after start on a slow machine): it takes the keys
 * at once, so none goes to the page behind it, and the palette opens with what was typed.
 */
export const PalettePending = () => {
  const { t } = useTranslation();
  const text = usePaletteStore(selectPendingSearch);
  const setText = usePaletteStore((state) => state.setPendingSearch);
  const close = usePaletteStore((state) => state.close);
  return (
    <>
      <div className="palette-overlay" onClick={close} />
      <div
        className="palette"
        role="dialog"
        aria-modal="true"
        aria-label={t('palette.title')}
        aria-busy="true"
      >
        <input
          className="palette__input"
          // The palette is what the person asked for; the stand-in holds the focus until it arrives.
          autoFocus
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') close();
          }}
          placeholder={t('palette.placeholder')}
          aria-label={t('palette.title')}
          data-testid="command-palette-pending"
        />
        <p className="palette__empty">{t('startup.loading')}</p>
      </div>
    </>
  );
};
