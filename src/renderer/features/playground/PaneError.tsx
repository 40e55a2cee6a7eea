import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/result';
import { useAppStore } from '../../stores/appStore';
import { retryAllowedAt, type PaneRuntime } from '../../stores/conversationSlice';
import { useUiStore } from '../../stores/uiStore';
import { errorAdvice } from './errorAdvice';
import { useSecondsUntil } from '../../lib/useSecondsUntil';
import { describeError, describeFieldProblems } from '../../lib/describeError';

const KEY_PROBLEMS: ReadonlySet<AppError['code']> = new Set(['unauthorized', 'forbidden', 'keychain']);

/** A failed send, in the pane it belongs to: what happened, what to do (with a button for it), and Retry. */
export const PaneError = ({
  paneId,
  failure,
}: {
  paneId: string;
  failure: NonNullable<PaneRuntime['failure']>;
}) => {
  const { t } = useTranslation();
  const retryPane = useAppStore((state) => state.retryPane);
  const dismissFailure = useAppStore((state) => state.dismissFailure);
  const configurePane = useAppStore((state) => state.configurePane);
  const { error } = failure;
  const secondsLeft = useSecondsUntil(retryAllowedAt(failure));
  const waiting = secondsLeft !== null && secondsLeft > 0;
  const advice = errorAdvice(error, secondsLeft ?? undefined);
  const fields = describeFieldProblems(t, error);
  return (
    <div className="pane-error" role="alert" data-testid="pane-error" data-code={error.code}>
      <div className="pane-error__text">
        <strong>{describeError(t, error)}</strong>
        {fields.length > 0 && (
          <ul className="pane-error__fields">
            {fields.map(({ field, text }, index) => (
              <li key={`${field}-${index}`}>{text}</li>
            ))}
          </ul>
        )}
        {advice && <span data-testid="pane-error-advice">{t(advice.key, advice.values)}</span>}
      </div>
      <div className="pane-error__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={waiting}
          data-testid="pane-retry"
          onClick={() => void retryPane(paneId)}
        >
          {waiting ? t('playground.error.retryIn', { seconds: secondsLeft }) : t('playground.error.retry')}
        </button>
        {KEY_PROBLEMS.has(error.code) && (
          <button type="button" className="button" onClick={() => useUiStore.getState().setView('settings')}>
            {t('playground.error.openSettings')}
          </button>
        )}
        {error.code === 'validation' && (
          <button
            type="button"
            className="button"
            data-testid="pane-error-variables"
            onClick={() => useUiStore.getState().openVariableEditor(paneId)}
          >
            {t('playground.error.editVariables')}
          </button>
        )}
        {error.code === 'insufficient_balance' && (
          <button
            type="button"
            className="button"
            data-testid="pane-error-test"
            onClick={() => configurePane(paneId, { conversationType: 'test' })}
          >
            {t('playground.error.switchToTest')}
          </button>
        )}
        <button type="button" className="button" onClick={() => dismissFailure(paneId)}>
          {t('playground.error.dismiss')}
        </button>
      </div>
    </div>
  );
};
