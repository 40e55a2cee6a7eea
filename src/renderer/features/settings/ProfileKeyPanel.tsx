import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyKind } from '../../../shared/domain/keyKind';
import type { Profile } from '../../../shared/domain/profile';
import type { SecretBackend } from '../../../shared/domain/secret';
import type { AppError } from '../../../shared/result';
import { useAppStore } from '../../stores/appStore';
import { selectKeyAvailability, selectKeyStatus } from '../../stores/profilesSlice';
import { KeyBackendChoice, type FallbackBackend } from './KeyBackendChoice';
import { KeyStatusText } from './KeyStatusText';
import { describeError } from '../../lib/describeError';

const NO_SAFE_STORAGE = { safeStorage: 'unavailable' } as const;

/** The strings that differ between the two keys; the rest (backends, keychain fixes) are shared. */
const WORDS = { api: 'settings.key', automate: 'settings.automateKey' } as const;
const TEST_IDS = { api: 'key', automate: 'automate-key' } as const;

/**
 * Adds, replaces and removes a remote profile's key — its API key or its Automate key, by the same rules. The key
 * lives only in this input until main has it: it is never put in a store, and the input is cleared once main
 * confirms.
 */
export const ProfileKeyPanel = ({ profile, kind = 'api' }: { profile: Profile; kind?: KeyKind }) => {
  const { t } = useTranslation();
  const inputId = useId();
  const words = WORDS[kind];
  const testId = (name: string) => `${TEST_IDS[kind]}-${name}`;
  const status = useAppStore(selectKeyStatus(profile.id, kind));
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
    if (await run('save', () => saveKey(profile.id, draft, backend, kind))) setDraft('');
  };

  const saveError = error?.during === 'save' ? describeError(t, error.error) : null;
  return (
    <section
      className="settings__block"
      aria-labelledby={`${inputId}-title`}
      data-testid={testId('panel')}
      data-keychain={keychainDown ? 'unavailable' : (availability?.keychain ?? 'unknown')}
    >
      <h4 id={`${inputId}-title`} className="settings__block-title">
        {t(`${words}.title`)}
      </h4>
      {kind === 'automate' ? (
        <p className="settings__line settings__line--muted">{t('settings.automateKey.intro')}</p>
      ) : null}
      <p className="settings__line">
        <KeyStatusText status={status} kind={kind} />
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
          {t(`${words}.input`)}
        </label>
        <div className="key-form__row">
          <input
            id={inputId}
            className="settings-input"
            type="password"
            value={draft}
            autoComplete="off"
            spellCheck={false}
            placeholder={t(`${words}.placeholder`)}
            aria-invalid={saveError ? true : undefined}
            aria-describedby={saveError ? `${inputId}-error` : undefined}
            data-testid={testId('input')}
            onChange={(event) => setDraft(event.target.value)}
          />
          <button
            type="submit"
            className="settings-button settings-button--primary"
            disabled={busy}
            data-testid={testId('save')}
          >
            {busy ? t('settings.key.saving') : status?.hasKey ? t(`${words}.replace`) : t(`${words}.add`)}
          </button>
          {status?.hasKey ? (
            <button
              type="button"
              className="settings-button"
              disabled={busy}
              data-testid={testId('remove')}
              onClick={() => void run('remove', () => removeKey(profile.id, kind))}
            >
              {t(`${words}.remove`)}
            </button>
          ) : null}
        </div>
        {saveError ? (
          <p id={`${inputId}-error`} className="settings__error" role="alert" data-testid={testId('error')}>
            {t(`${words}.failed`, { message: saveError })}
          </p>
        ) : null}
        {error?.during === 'remove' ? (
          <p className="settings__error" role="alert" data-testid={testId('error')}>
            {t(`${words}.removeFailed`, { message: describeError(t, error.error) })}
          </p>
        ) : null}
        {notice ? (
          <p className="settings__notice" role="status" data-testid={testId('notice')}>
            {t(`${words}.${notice}`)}
          </p>
        ) : null}
      </form>
    </section>
  );
};
