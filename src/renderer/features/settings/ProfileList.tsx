import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../shared/domain/profile';
import { useAppStore } from '../../stores/appStore';
import { selectProfiles } from '../../stores/profilesSlice';
import { KeyStatusText } from './KeyStatusText';
import { ProfileBadges } from './ProfileBadges';

interface ProfileListProps {
  selectedId: string | null;
  onSelect(profile: Profile): void;
}

/** Every profile with where it points and its key status; the selected one is shown beside the list. */
export const ProfileList = ({ selectedId, onSelect }: ProfileListProps) => {
  const { t } = useTranslation();
  const { list, activeId, keys } = useAppStore(selectProfiles);
  return (
    <ul className="profile-list" aria-label={t('settings.profiles.listLabel')}>
      {list.map((profile) => (
        <li key={profile.id}>
          <button
            type="button"
            className="profile-row"
            aria-current={profile.id === selectedId ? 'true' : undefined}
            data-testid="profile-row"
            data-profile-name={profile.name}
            onClick={() => onSelect(profile)}
          >
            <span className="profile-row__name">
              <span>{profile.name}</span>
              <ProfileBadges profile={profile} active={profile.id === activeId} />
            </span>
            <span className="profile-row__meta">
              {profile.kind === 'remote' ? profile.baseUrl : t('settings.profiles.simulator')}
            </span>
            {profile.kind === 'remote' ? (
              <span className="profile-row__meta">
                <KeyStatusText short status={keys[profile.id] ?? null} />
              </span>
            ) : null}
          </button>
        </li>
      ))}
    </ul>
  );
};
