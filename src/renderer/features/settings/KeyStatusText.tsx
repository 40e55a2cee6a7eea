import { useTranslation } from 'react-i18next';
import type { KeyKind } from '../../../shared/domain/keyKind';
import type { SecretStatus } from '../../../shared/domain/secret';

interface KeyStatusTextProps {
  status: SecretStatus | null;
  /** The list's one-liner: "Key •••• abcd" or "No key". */
  short?: boolean;
  /** Which of the profile's keys this is (the API key unless said). */
  kind?: KeyKind;
}

/** "Key •••• abcd, stored in the system keychain." — all the renderer ever knows about a key. */
export const KeyStatusText = ({ status, short = false, kind = 'api' }: KeyStatusTextProps) => {
  const { t } = useTranslation();
  const testId = kind === 'api' ? 'key-status' : 'automate-key-status';
  if (!status?.hasKey) {
    const none = kind === 'api' ? t('settings.key.none') : t('settings.automateKey.none');
    return <span data-testid={testId}>{short ? t('settings.profiles.noKey') : none}</span>;
  }
  if (short)
    return (
      <span data-testid="key-status">{t('settings.key.short', { lastFour: status.lastFour ?? '' })}</span>
    );
  return (
    <span data-testid={testId} data-backend={status.backend ?? undefined}>
      {t('settings.key.stored', {
        lastFour: status.lastFour ?? '',
        where: status.backend ? t(`settings.key.backend.${status.backend}`) : '',
      })}
    </span>
  );
};
