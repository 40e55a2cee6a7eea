import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/result';
import { useAppStore } from '../../stores/appStore';
import { useUiStore } from '../../stores/uiStore';
import { errorAdvice } from './errorAdvice';

/** A failed send, in the pane it belongs to: what happened, what to do, and Retry. */
export const PaneError = ({ paneId, error }: { paneId: string; error: AppError }) => {
  const { t } = useTranslation();
  const retryPane = useAppStore((state) => state.retryPane);
  const dismissFailure = useAppStore((state) => state.dismissFailure);
  const advice = errorAdvice(error);
  const fields = Object.entries(error.fieldErrors ?? {});
  return (
    <div className="pane-error" role="alert" data-testid="pane-error" data-code={error.code}>
      <div className="pane-error__text">
        <strong>{error.message}</strong>
        {fields.length > 0 && (
          <ul className="pane-error__fields">
            {fields.map(([field, messages]) => (
              <li key={field}>
                <code>{field}</code>: {messages.join(' ')}
              </li>
            ))}
          </ul>
        )}
        <span>{t(advice.key, advice.values)}</span>
      </div>
      <div className="pane-error__actions">
        <button
          type="button"
          className="button button--primary"
          data-testid="pane-retry"
          onClick={() => void retryPane(paneId)}
        >
          {t('playground.error.retry')}
        </button>
        {(error.code === 'unauthorized' || error.code === 'forbidden') && (
          <button type="button" className="button" onClick={() => useUiStore.getState().setView('settings')}>
            {t('playground.error.openSettings')}
          </button>
        )}
        <button type="button" className="button" onClick={() => dismissFailure(paneId)}>
          {t('playground.error.dismiss')}
        </button>
      </div>
    </div>
  );
};
