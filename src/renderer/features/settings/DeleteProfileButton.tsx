import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../shared/domain/profile';
import type { AppError } from '../../../shared/result';
import { useAppStore } from '../../stores/appStore';

interface DeleteProfileButtonProps {
  profile: Profile;
  onFailure(error: AppError | null): void;
}

/** Deleting a profile also deletes its key, so it asks first; the safe answer has the focus. */
export const DeleteProfileButton = ({ profile, onFailure }: DeleteProfileButtonProps) => {
  const { t } = useTranslation();
  const deleteProfile = useAppStore((state) => state.deleteProfile);
  const [asking, setAsking] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  const askRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (asking) keepRef.current?.focus();
  }, [asking]);

  const keep = () => {
    setAsking(false);
    requestAnimationFrame(() => askRef.current?.focus());
  };

  const confirm = async () => {
    setDeleting(true);
    const error = await deleteProfile(profile.id);
    setDeleting(false);
    onFailure(error);
    if (error) setAsking(false);
  };

  if (!asking) {
    return (
      <button
        ref={askRef}
        type="button"
        className="settings-button settings-button--danger-outline"
        data-testid="profile-delete"
        onClick={() => setAsking(true)}
      >
        {t('settings.detail.delete')}
      </button>
    );
  }
  return (
    <div
      className="delete-confirm"
      role="group"
      aria-label={t('settings.detail.deleteQuestion', { name: profile.name })}
      data-testid="profile-delete-question"
      onKeyDown={(event) => {
        if (event.key === 'Escape') keep();
      }}
    >
      <span className="delete-confirm__text">
        {t('settings.detail.deleteQuestion', { name: profile.name })}
      </span>
      <button
        type="button"
        className="settings-button settings-button--danger"
        disabled={deleting}
        data-testid="profile-delete-confirm"
        onClick={() => void confirm()}
      >
        {t('settings.detail.deleteConfirm')}
      </button>
      <button
        ref={keepRef}
        type="button"
        className="settings-button"
        data-testid="profile-delete-cancel"
        onClick={keep}
      >
        {t('settings.detail.deleteCancel')}
      </button>
    </div>
  );
};
