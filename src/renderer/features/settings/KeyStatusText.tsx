import { useTranslation } from 'react-i18next';
import type { SecretStatus } from '../../../shared/ipc/channels/settings';

interface KeyStatusTextProps {
  status: SecretStatus | null;
  /** The list's one-liner: "Key •••• abcd" or "No key". */
  short?: boolean;
}

/** "Key •••• abcd, stored in the system keychain." — all the renderer ever knows about a key. */
export const KeyStatusText = ({ status, short = false }: KeyStatusTextProps) => {
  const { t } = useTranslation();
  if (!status?.hasKey) {
    return (
      <span data-testid="key-status">{short ? t('settings.profiles.noKey') : t('settings.key.none')}</span>
    );
  }
  if (short)
    return (
      <span data-testid="key-status">{t('settings.key.short', { lastFour: status.lastFour ?? '' })}</span>
    );
  return (
    <span data-testid="key-status" data-backend={status.backend ?? undefined}>
      {t('settings.key.stored', {
        lastFour: status.lastFour ?? '',
        where: status.backend ? t(`settings.key.backend.${status.backend}`) : '',
      })}
    </span>
  );
};
