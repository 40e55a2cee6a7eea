import type { ParseKeys } from 'i18next';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { keyDestination, movesKey } from '../../../shared/domain/keyBinding';
import type { Profile } from '../../../shared/domain/profile';
import type { AppError } from '../../../shared/result';
import {
  checkProfileForm,
  fieldErrorsOf,
  PROFILE_FIELDS,
  type ProfileField,
  type ProfileFieldErrors,
  type ProfileFormValues,
} from './profileForm';
import { describeError } from '../../lib/describeError';

interface ProfileFormProps {
  mode: 'create' | 'edit';
  initial: ProfileFormValues;
  /** The profiles whose names this one must not repeat. */
  others: readonly Profile[];
  /** The profile has a key: main removes it when the base URL moves to another origin, so say so first. */
  hasKey?: boolean;
  /** Resolves to main's error, or null once the profile is saved (the parent then closes the form). */
  onSubmit(values: ProfileFormValues): Promise<AppError | null>;
  onCancel(): void;
}

const LABELS: Record<ProfileField, { label: ParseKeys; hint?: ParseKeys; testId: string; type: string }> = {
  name: { label: 'settings.form.name', testId: 'profile-name', type: 'text' },
  baseUrl: {
    label: 'settings.form.baseUrl',
    hint: 'settings.form.baseUrlHint',
    testId: 'profile-base-url',
    type: 'url',
  },
  generateReplyPath: {
    label: 'settings.form.path',
    hint: 'settings.form.pathHint',
    testId: 'profile-path',
    type: 'text',
  },
};

/** Create or edit a remote profile. A refused value is explained next to its field; nothing typed is lost. */
export const ProfileForm = ({ mode, initial, others, hasKey, onSubmit, onCancel }: ProfileFormProps) => {
  const { t } = useTranslation();
  const formId = useId();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<ProfileFieldErrors>({});
  const [failure, setFailure] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);
  const inputs = useRef<Partial<Record<ProfileField, HTMLInputElement | null>>>({});

  const showErrors = (next: ProfileFieldErrors) => {
    setErrors(next);
    const first = PROFILE_FIELDS.find((field) => next[field]);
    if (first) inputs.current[first]?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const check = checkProfileForm(values, others, t);
    if (!check.ok) {
      showErrors(check.errors);
      return;
    }
    setSaving(true);
    const error = await onSubmit(check.values);
    setSaving(false);
    if (!error) return;
    setFailure(error);
    showErrors(fieldErrorsOf(error, t));
  };

  const change = (field: ProfileField, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const before = { kind: 'remote' as const, baseUrl: initial.baseUrl };
  const after = { kind: 'remote' as const, baseUrl: values.baseUrl };
  const keyWillGo = mode === 'edit' && hasKey === true && movesKey(before, after);

  return (
    <form
      className="profile-form"
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-labelledby={`${formId}-title`}
      data-testid="profile-form"
    >
      <h3 id={`${formId}-title`} className="settings__subtitle">
        {mode === 'create'
          ? t('settings.form.createTitle')
          : t('settings.form.editTitle', { name: initial.name })}
      </h3>
      {PROFILE_FIELDS.map((field) => {
        const { label, hint, testId, type } = LABELS[field];
        const inputId = `${formId}-${field}`;
        const error = errors[field];
        const describedBy = [hint ? `${inputId}-hint` : null, error ? `${inputId}-error` : null]
          .filter(Boolean)
          .join(' ');
        return (
          <div className="profile-form__field" key={field}>
            <label htmlFor={inputId} className="profile-form__label">
              {t(label)}
            </label>
            <input
              ref={(element) => {
                inputs.current[field] = element;
              }}
              id={inputId}
              className="settings-input"
              type={type}
              value={values[field]}
              spellCheck={false}
              autoComplete="off"
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy || undefined}
              data-testid={testId}
              onChange={(event) => change(field, event.target.value)}
            />
            {hint ? (
              <span id={`${inputId}-hint`} className="profile-form__hint">
                {t(hint)}
              </span>
            ) : null}
            {error ? (
              <span id={`${inputId}-error`} className="settings__error" data-testid={`${testId}-error`}>
                {error}
              </span>
            ) : null}
          </div>
        );
      })}
      {keyWillGo ? (
        <p className="settings__warning" role="status" data-testid="profile-key-will-be-removed">
          {t('settings.form.keyWillBeRemoved', { from: keyDestination(before), to: keyDestination(after) })}
        </p>
      ) : null}
      {failure ? (
        <p className="settings__error" role="alert" data-testid="profile-form-error">
          {t('settings.form.failed', { message: describeError(t, failure) })}
        </p>
      ) : null}
      <div className="settings__actions">
        <button
          type="submit"
          className="settings-button settings-button--primary"
          disabled={saving}
          data-testid="profile-save"
        >
          {saving
            ? t('settings.form.saving')
            : mode === 'create'
              ? t('settings.form.create')
              : t('settings.form.save')}
        </button>
        <button type="button" className="settings-button" onClick={onCancel} data-testid="profile-cancel">
          {t('settings.form.cancel')}
        </button>
      </div>
    </form>
  );
};
