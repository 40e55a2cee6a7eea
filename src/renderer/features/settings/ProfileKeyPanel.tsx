import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../shared/domain/profile';
import type { SecretBackend } from '../../../shared/ipc/channels/settings';
import type { AppError } from '../../../shared/result';
import { useAppStore } from '../../stores/appStore';
import { selectKeyAvailability, selectKeyStatus } from '../../stores/profilesSlice';
import { KeyBackendChoice, type FallbackBackend } from './KeyBackendChoice';
import { KeyStatusText } from './KeyStatusText';
import { describeError } from '../../lib/describeError';

const NO_SAFE_STORAGE = { safeStorage: 'unavailable' } as const;

/**
 * Adds, replaces and removes a remote profile's key. The key lives only in this input until main has it:
 * it is never put in a store, and the input is cleared once main confirms.
 */
export const ProfileKeyPanel = ({ profile }: { profile: Profile }) => {
  const { t } = useTranslation();
  const inputId = useId();
  const status = useAppStore(selectKeyStatus(profile.id));
  const availability = useAppStore(selectKeyAvailability);
  const saveKey = useAppStore((state) => state.saveKey);
  const removeKey = useAppStore((state) => state.removeKey);
  const refreshAvailability = useAppStore((state) => state.refreshKeyAvailability);
  const [draft, setDraft] = useState('');
  const [fallback, setFallback] = useState<FallbackBackend | null>(null);
  const [error, setError] = useState<{ error: AppError; during: 'save' | 'remove' } | null>(null);
  const [notice, setNotice] = useState<'saved' | 'removed' | null>(null);
  const [busy, setBusy] = useState(false);

  // A keychain can answer the availability probe and still refuse or hang on a write (a locked default
  // collection): a failed save counts as "unavailable" too, so the fallbacks are offered at once.
  const [keychainFailure, setKeychainFailure] = useState<string | null>(null);
  const unavailableReason =
    availability?.keychain !== 'unavailable'
      ? null
      : availability.keychainFix
        ? t(`settings.key.keychainFix.${availability.keychainFix}`)
        : // main's `reason` is a diagnostic in English; the interface words the situation itself.
          t('errors.reason.keychain_unavailable');
  const fallbackReason = keychainFailure ?? unavailableReason;
  const keychainDown = keychainFailure !== null || availability?.keychain === 'unavailable';
  const safeStorageUp = availability?.safeStorage === 'available';
  const chosenFallback: FallbackBackend = fallback ?? (safeStorageUp ? 'safeStorage' : 'memory');
  const backend: SecretBackend | undefined = keychainDown ? chosenFallback : undefined;

  const run = async (during: 'save' | 'remove', action: () => Promise<AppError | null>) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    const failure = await action();
    setBusy(false);
    if (failure) {
      setError({ error: failure, during });
      if (failure.code === 'keychain' && during === 'save' && !backend) {
        setKeychainFailure(describeError(t, failure));
        void refreshAvailability();
      }
      return false;
    }
    setNotice(during === 'save' ? 'saved' : 'removed');
    return true;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await run('save', () => saveKey(profile.id, draft, backend))) setDraft('');
  };

  const saveError = error?.during === 'save' ? describeError(t, error.error) : null;
  return (
    <section
      className="settings__block"
      aria-labelledby={`${inputId}-title`}
      data-testid="key-panel"
      data-keychain={keychainDown ? 'unavailable' : (availability?.keychain ?? 'unknown')}
    >
      <h4 id={`${inputId}-title`} className="settings__block-title">
        {t('settings.key.title')}
      </h4>
      <p className="settings__line">
        <KeyStatusText status={status} />
      </p>
      {keychainDown ? (
        <KeyBackendChoice
          reason={fallbackReason ?? null}
          safeStorage={availability ?? NO_SAFE_STORAGE}
          value={chosenFallback}
          onChange={setFallback}
        />
      ) : null}
      <form className="key-form" onSubmit={(event) => void submit(event)}>
        <label htmlFor={inputId} className="profile-form__label">
          {t('settings.key.input')}
        </label>
        <div className="key-form__row">
          <input
            id={inputId}
            className="settings-input"
            type="password"
            value={draft}
            autoComplete="off"
            spellCheck={false}
            placeholder={t('settings.key.placeholder')}
            aria-invalid={saveError ? true : undefined}
            aria-describedby={saveError ? `${inputId}-error` : undefined}
            data-testid="key-input"
            onChange={(event) => setDraft(event.target.value)}
          />
          <button
            type="submit"
            className="settings-button settings-button--primary"
            disabled={busy}
            data-testid="key-save"
          >
            {busy
              ? t('settings.key.saving')
              : status?.hasKey
                ? t('settings.key.replace')
                : t('settings.key.add')}
          </button>
          {status?.hasKey ? (
            <button
              type="button"
              className="settings-button"
              disabled={busy}
              data-testid="key-remove"
              onClick={() => void run('remove', () => removeKey(profile.id))}
            >
              {t('settings.key.remove')}
            </button>
          ) : null}
        </div>
        {saveError ? (
          <p id={`${inputId}-error`} className="settings__error" role="alert" data-testid="key-error">
            {t('settings.key.failed', { message: saveError })}
          </p>
        ) : null}
        {error?.during === 'remove' ? (
          <p className="settings__error" role="alert" data-testid="key-error">
            {t('settings.key.removeFailed', { message: describeError(t, error.error) })}
          </p>
        ) : null}
        {notice ? (
          <p className="settings__notice" role="status" data-testid="key-notice">
            {t(`settings.key.${notice}`)}
          </p>
        ) : null}
      </form>
    </section>
  );
};
