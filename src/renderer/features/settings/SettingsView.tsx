import { useTranslation } from 'react-i18next';
import { PreferencesSection } from '../preferences/PreferencesSection';

export const SettingsView = () => {
  const { t } = useTranslation();
  return (
    <div className="preferences-host">
      <h1 className="preferences-host__title">{t('settings.title')}</h1>
      <PreferencesSection />
    </div>
  );
};
