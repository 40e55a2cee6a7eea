import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../shared/domain/profile';

/** "built in" for the Offline demo, "in use" for the active profile. */
export const ProfileBadges = ({ profile, active }: { profile: Profile; active: boolean }) => {
  const { t } = useTranslation();
  return (
    <span className="profile-badges">
      {profile.kind === 'simulator' ? (
        <span className="profile-badge" data-testid="profile-badge-builtin">
          {t('settings.profiles.builtIn')}
        </span>
      ) : null}
      {active ? (
        <span className="profile-badge profile-badge--active" data-testid="profile-badge-active">
          {t('settings.profiles.active')}
        </span>
      ) : null}
    </span>
  );
};
