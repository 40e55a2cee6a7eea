import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecretAvailability } from '../../../shared/domain/secret';

export type FallbackBackend = 'safeStorage' | 'memory';

interface KeyBackendChoiceProps {
  /** Why the keychain cannot be used, in main's words. */
  reason: string | null;
  safeStorage: Pick<SecretAvailability, 'safeStorage' | 'safeStorageProblem' | 'safeStorageBackend'>;
  value: FallbackBackend;
  onChange(value: FallbackBackend): void;
}

/**
 * Shown when the system keychain cannot be used: says why, and lets the person pick where the key goes
 * instead. safeStorage is offered only where main says it is backed by a real keyring.
 */
export const KeyBackendChoice = ({ reason, safeStorage, value, onChange }: KeyBackendChoiceProps) => {
  const { t } = useTranslation();
  const name = useId();
  const options: FallbackBackend[] =
    safeStorage.safeStorage === 'available' ? ['safeStorage', 'memory'] : ['memory'];
  const labels: Record<FallbackBackend, string> = {
    safeStorage: t('settings.key.useSafeStorage'),
    memory: t('settings.key.useMemory'),
  };
  return (
    <div className="key-fallback" data-testid="keychain-unavailable">
      <p className="key-fallback__title">{t('settings.key.keychainUnavailable')}</p>
      {reason ? <p className="key-fallback__reason">{reason}</p> : null}
      <fieldset className="key-fallback__choice">
        <legend>{t('settings.key.chooseBackend')}</legend>
        {options.map((option) => (
          <label key={option} className="key-fallback__option">
            <input
              type="radio"
              name={name}
              value={option}
              checked={value === option}
              data-testid={`key-backend-${option}`}
              onChange={() => onChange(option)}
            />
            {labels[option]}
          </label>
        ))}
      </fieldset>
      {safeStorage.safeStorage === 'unavailable' && safeStorage.safeStorageProblem ? (
        <p className="key-fallback__reason" data-testid="safe-storage-unavailable">
          {t(`settings.key.safeStorageUnavailable.${safeStorage.safeStorageProblem}`, {
            backend: safeStorage.safeStorageBackend ?? '',
          })}
        </p>
      ) : null}
    </div>
  );
};
