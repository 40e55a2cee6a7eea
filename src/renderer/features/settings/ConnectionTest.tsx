import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../shared/domain/profile';
import type { AppError } from '../../../shared/result';
import { useAppStore } from '../../stores/appStore';
import { selectConnection } from '../../stores/profilesSlice';
import { describeError, describeErrorCode } from '../../lib/describeError';

const useErrorText = () => {
  const { t } = useTranslation();
  return (error: AppError) =>
    error.status === undefined
      ? t('settings.connection.failed', {
          code: describeErrorCode(t, error),
          message: describeError(t, error),
        })
      : t('settings.connection.failedHttp', {
          code: describeErrorCode(t, error),
          status: error.status,
          message: describeError(t, error),
        });
};

/** "Test connection": asks the profile's API who the key belongs to, with a way to give up waiting. */
export const ConnectionTest = ({ profile }: { profile: Profile }) => {
  const { t, i18n } = useTranslation();
  const check = useAppStore(selectConnection(profile.id));
  const testConnection = useAppStore((state) => state.testConnection);
  const cancel = useAppStore((state) => state.cancelConnectionTest);
  const errorText = useErrorText();
  const testing = check.state === 'testing';
  const money = new Intl.NumberFormat(i18n.language, { style: 'currency', currency: 'USD' });
  return (
    <div className="connection-test" data-testid="connection-test">
      <div className="settings__actions">
        <button
          type="button"
          className="settings-button"
          disabled={testing}
          data-testid="connection-test-start"
          onClick={() => void testConnection(profile.id)}
        >
          {t('settings.connection.test')}
        </button>
        {testing ? (
          <button
            type="button"
            className="settings-button"
            data-testid="connection-test-cancel"
            onClick={() => cancel(profile.id)}
          >
            {t('settings.connection.cancel')}
          </button>
        ) : null}
      </div>
      <div role="status" aria-live="polite" data-testid="connection-result" data-state={check.state}>
        {testing ? (
          <p className="settings__line settings__line--muted">
            <span className="settings__spinner" aria-hidden />
            {t('settings.connection.testing')}
          </p>
        ) : null}
        {check.state === 'connected' ? (
          <p className="settings__line settings__line--success">
            {t('settings.connection.connected', { name: check.account.name, email: check.account.email })}
            <br />
            {t('settings.connection.balance', { balance: money.format(check.account.totalBalance) })}
          </p>
        ) : null}
        {check.state === 'failed' ? (
          <p className="settings__error" data-testid="connection-error">
            {errorText(check.error)}
          </p>
        ) : null}
        {check.state === 'cancelled' ? (
          <p className="settings__line settings__line--muted">{t('settings.connection.cancelled')}</p>
        ) : null}
      </div>
    </div>
  );
};
