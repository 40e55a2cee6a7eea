import { useTranslation } from 'react-i18next';
import './startup.css';

/** Shown while a view's code arrives; it fades in late so that a fast load never flashes it. */
export const ViewLoading = () => {
  const { t } = useTranslation();
  return (
    <div className="view-loading" role="status" aria-live="polite" data-testid="view-loading">
      <span className="view-loading__spinner" aria-hidden />
      {t('startup.loading')}
    </div>
  );
};
