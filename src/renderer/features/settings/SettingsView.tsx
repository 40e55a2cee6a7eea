import { useTranslation } from 'react-i18next';
import { DemoPacksSection } from '../demoPacks';
import { PreferencesSection } from '../preferences';
import { ProfilesSection } from './ProfilesSection';
import { SessionsBackupSection } from './SessionsBackupSection';
import './settings.css';

export const SettingsView = () => {
  const { t } = useTranslation();
  return (
    <div className="settings" data-testid="settings">
      <h1 className="settings__page-title">{t('settings.title')}</h1>
      <ProfilesSection />
      <DemoPacksSection />
      <SessionsBackupSection />
      <PreferencesSection />
    </div>
  );
};
