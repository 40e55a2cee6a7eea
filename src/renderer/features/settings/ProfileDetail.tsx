import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../shared/domain/profile';
import type { AppError } from '../../../shared/result';
import { useAppStore } from '../../stores/appStore';
import { selectProfiles } from '../../stores/profilesSlice';
import { ServedPacksLine } from '../demoPacks';
import { ConnectionTest } from './ConnectionTest';
import { DeleteProfileButton } from './DeleteProfileButton';
import { ProfileBadges } from './ProfileBadges';
import { ProfileForm } from './ProfileForm';
import { profileValues } from './profileForm';
import { ProfileKeyPanel } from './ProfileKeyPanel';
import { describeError } from '../../lib/describeError';

/** One profile: where it points, whether it is in use, its key and its connection test. */
export const ProfileDetail = ({ profile }: { profile: Profile }) => {
  const { t } = useTranslation();
  const { list, activeId } = useAppStore(selectProfiles);
  const activate = useAppStore((state) => state.activateProfile);
  const update = useAppStore((state) => state.updateProfile);
  const [editing, setEditing] = useState(false);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [removed, setRemoved] = useState({ keyRemoved: false, automateKeyRemoved: false });
  // Either key is bound to the host, so the form warns before a move that would remove one.
  const hasKey = useAppStore(
    (state) =>
      state.profiles.keys[profile.id]?.hasKey === true ||
      state.profiles.automateKeys[profile.id]?.hasKey === true,
  );
  const remote = profile.kind === 'remote';
  const isActive = profile.id === activeId;

  const save = async (values: Parameters<typeof update>[1]) => {
    const result = await update(profile.id, values);
    if (!result.ok) return result.error;
    setRemoved({ keyRemoved: result.data.keyRemoved, automateKeyRemoved: result.data.automateKeyRemoved });
    setEditing(false);
    return null;
  };

  return (
    <article
      className="profile-detail"
      aria-labelledby={`profile-${profile.id}-title`}
      data-testid="profile-detail"
    >
      <header className="profile-detail__header">
        <h3 id={`profile-${profile.id}-title`} className="settings__subtitle">
          {profile.name}
        </h3>
        <ProfileBadges profile={profile} active={isActive} />
      </header>
      {editing ? (
        <ProfileForm
          key={profile.id}
          mode="edit"
          initial={profileValues(profile)}
          others={list.filter((other) => other.id !== profile.id)}
          hasKey={hasKey}
          onSubmit={save}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          <dl className="profile-detail__facts">
            <dt>{t('settings.form.baseUrl')}</dt>
            <dd data-testid="profile-detail-base-url">
              {remote ? profile.baseUrl : t('settings.profiles.simulator')}
            </dd>
            <dt>{t('settings.form.path')}</dt>
            <dd>{profile.generateReplyPath}</dd>
          </dl>
          {remote ? null : (
            <>
              <p className="settings__line settings__line--muted">{t('settings.detail.builtInNote')}</p>
              <ServedPacksLine />
            </>
          )}
          <div className="settings__actions">
            {isActive ? (
              <span className="settings__line settings__line--success" data-testid="profile-in-use">
                {t('settings.detail.activeNow')}
              </span>
            ) : (
              <button
                type="button"
                className="settings-button settings-button--primary"
                data-testid="profile-activate"
                onClick={() => void activate(profile.id).then(setFailure)}
              >
                {t('settings.detail.activate')}
              </button>
            )}
            {remote ? (
              <>
                <button
                  type="button"
                  className="settings-button"
                  data-testid="profile-edit"
                  onClick={() => setEditing(true)}
                >
                  {t('settings.detail.edit')}
                </button>
                <DeleteProfileButton profile={profile} onFailure={setFailure} />
              </>
            ) : null}
          </div>
          {removed.keyRemoved ? (
            <p className="settings__warning" role="status" data-testid="profile-key-removed">
              {t('settings.detail.keyRemoved')}
            </p>
          ) : null}
          {removed.automateKeyRemoved ? (
            <p className="settings__warning" role="status" data-testid="profile-automate-key-removed">
              {t('settings.detail.automateKeyRemoved')}
            </p>
          ) : null}
          {failure ? (
            <p className="settings__error" role="alert" data-testid="profile-action-error">
              {t('settings.detail.actionFailed', { message: describeError(t, failure) })}
            </p>
          ) : null}
        </>
      )}
      {remote ? <ProfileKeyPanel key={`key-${profile.id}`} profile={profile} /> : null}
      {remote ? (
        <ProfileKeyPanel key={`automate-key-${profile.id}`} profile={profile} kind="automate" />
      ) : null}
      <ConnectionTest profile={profile} />
    </article>
  );
};
