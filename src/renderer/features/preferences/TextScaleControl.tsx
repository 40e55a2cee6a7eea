import { useTranslation } from 'react-i18next';
import {
  DEFAULT_TEXT_SCALE,
  largerTextScale,
  MAX_TEXT_SCALE,
  MIN_TEXT_SCALE,
  smallerTextScale,
} from '../../../shared/domain/textScale';
import { usePreferencesStore } from './preferencesStore';

/** The status bar's text size: smaller, the size (back to 100 % on click), larger — Ctrl/⌘ −, 0, + do the same. */
export const TextScaleControl = () => {
  const { t } = useTranslation();
  const scale = usePreferencesStore((state) => state.textScale);
  const setTextScale = usePreferencesStore((state) => state.setTextScale);
  const percent = Math.round(scale * 100);
  return (
    <span
      className="text-scale"
      role="group"
      aria-label={t('preferences.textScale.label')}
      data-testid="text-scale"
    >
      <button
        type="button"
        className="text-scale__button"
        aria-keyshortcuts="Control+-"
        disabled={scale <= MIN_TEXT_SCALE}
        onClick={() => void setTextScale(smallerTextScale(scale))}
      >
        <span aria-hidden="true">A−</span>
        <span className="visually-hidden">{t('preferences.textScale.smaller')}</span>
      </button>
      <button
        type="button"
        className="text-scale__button text-scale__value"
        aria-label={t('preferences.textScale.reset', { percent })}
        aria-keyshortcuts="Control+0"
        disabled={scale === DEFAULT_TEXT_SCALE}
        onClick={() => void setTextScale(DEFAULT_TEXT_SCALE)}
      >
        {percent} %
      </button>
      <button
        type="button"
        className="text-scale__button"
        aria-keyshortcuts="Control+="
        disabled={scale >= MAX_TEXT_SCALE}
        onClick={() => void setTextScale(largerTextScale(scale))}
      >
        <span aria-hidden="true">A+</span>
        <span className="visually-hidden">{t('preferences.textScale.larger')}</span>
      </button>
    </span>
  );
};
