import { useTranslation } from 'react-i18next';
import { LANGUAGES, THEMES } from './applyPreferences';
import {
  selectLanguage,
  selectPreferencesError,
  selectPreferencesSaving,
  selectTheme,
  selectUpdatePreferences,
  usePreferencesStore,
} from './preferencesStore';
import { SegmentedControl } from './SegmentedControl';
import './preferences.css';
import { describeError } from '../../lib/describeError';

/** Appearance settings: theme and interface language. Mounted by the Settings view. */
export const PreferencesSection = () => {
  const { t } = useTranslation();
  const theme = usePreferencesStore(selectTheme);
  const language = usePreferencesStore(selectLanguage);
  const error = usePreferencesStore(selectPreferencesError);
  const saving = usePreferencesStore(selectPreferencesSaving);
  const update = usePreferencesStore(selectUpdatePreferences);
  return (
    <section
      className="preferences"
      aria-labelledby="preferences-title"
      aria-busy={saving}
      data-testid="preferences-section"
    >
      <h2 id="preferences-title" className="preferences__title">
        {t('preferences.title')}
      </h2>
      <div className="preferences__row">
        <span className="preferences__label" id="preferences-theme">
          {t('preferences.theme')}
        </span>
        <SegmentedControl
          labelledBy="preferences-theme"
          testId="preferences-theme"
          value={theme}
          options={THEMES.map((value) => ({ value, label: t(`preferences.themes.${value}`) }))}
          onChange={(value) => void update({ theme: value })}
        />
      </div>
      <div className="preferences__row">
        <span className="preferences__label" id="preferences-language">
          {t('preferences.language')}
        </span>
        <SegmentedControl
          labelledBy="preferences-language"
          testId="preferences-language"
          value={language}
          options={LANGUAGES.map((value) => ({ value, label: t(`preferences.languages.${value}`) }))}
          onChange={(value) => void update({ language: value })}
        />
      </div>
      {error ? (
        <p className="preferences__error" role="alert">
          {t('preferences.saveFailed', { message: describeError(t, error) })}
        </p>
      ) : null}
    </section>
  );
};
