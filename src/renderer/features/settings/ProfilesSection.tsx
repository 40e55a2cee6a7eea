import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../stores/appStore';
import { selectProfiles } from '../../stores/profilesSlice';
import { ProfileDetail } from './ProfileDetail';
import { ProfileForm } from './ProfileForm';
import { newProfileValues, type ProfileFormValues } from './profileForm';
import { ProfileList } from './ProfileList';
import { describeError } from '../../lib/describeError';

/** Settings → Profiles: the list, the selected profile (or the form for a new one) beside it. */
export const ProfilesSection = () => {
  const { t } = useTranslation();
  const profiles = useAppStore(selectProfiles);
  const loadProfiles = useAppStore((state) => state.loadProfiles);
  const createProfile = useAppStore((state) => state.createProfile);
  const refreshAvailability = useAppStore((state) => state.refreshKeyAvailability);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    void refreshAvailability();
  }, [refreshAvailability]);
  // The app loads the profiles at start; this covers a view shown before that finished or after it failed.
  useEffect(() => {
    if (profiles.status === 'idle') void loadProfiles();
  }, [profiles.status, loadProfiles]);

  const selected =
    profiles.list.find((profile) => profile.id === selectedId) ??
    profiles.list.find((profile) => profile.id === profiles.activeId) ??
    null;

  const create = async (values: ProfileFormValues) => {
    const result = await createProfile({ ...values, kind: 'remote' });
    if (!result.ok) return result.error;
    setCreating(false);
    setSelectedId(result.data.id);
    return null;
  };

  return (
    <section
      className="settings__section"
      aria-labelledby="settings-profiles-title"
      data-testid="settings-profiles"
    >
      <div className="settings__section-head">
        <div>
          <h2 id="settings-profiles-title" className="settings__title">
            {t('settings.profiles.title')}
          </h2>
          <p className="settings__intro">{t('settings.profiles.intro')}</p>
        </div>
        <button
          type="button"
          className="settings-button"
          disabled={creating}
          data-testid="profile-new"
          onClick={() => setCreating(true)}
        >
          {t('settings.profiles.new')}
        </button>
      </div>
      {profiles.status === 'error' && profiles.error ? (
        <p className="settings__error" role="alert">
          {t('settings.profiles.loadFailed', { message: describeError(t, profiles.error) })}{' '}
          <button type="button" className="settings-link" onClick={() => void loadProfiles()}>
            {t('settings.profiles.retry')}
          </button>
        </p>
      ) : null}
      {profiles.status === 'loading' && profiles.list.length === 0 ? (
        <p className="settings__line settings__line--muted">{t('settings.profiles.loading')}</p>
      ) : null}
      <div className="profiles">
        <ProfileList
          selectedId={creating ? null : (selected?.id ?? null)}
          onSelect={(profile) => {
            setCreating(false);
            setSelectedId(profile.id);
          }}
        />
        <div className="profiles__detail">
          {creating ? (
            <ProfileForm
              mode="create"
              initial={newProfileValues()}
              others={profiles.list}
              onSubmit={create}
              onCancel={() => setCreating(false)}
            />
          ) : selected ? (
            <ProfileDetail key={selected.id} profile={selected} />
          ) : (
            <p className="settings__line settings__line--muted">{t('settings.profiles.pick')}</p>
          )}
        </div>
      </div>
    </section>
  );
};
