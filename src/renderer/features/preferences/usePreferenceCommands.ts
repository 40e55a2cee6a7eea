import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type AppCommand, useRegisterCommands } from '../palette';
import { LANGUAGES, THEMES } from './applyPreferences';
import { selectUpdatePreferences, usePreferencesStore } from './preferencesStore';

/**
 * Palette entries for every theme and language, so switching needs no trip to Settings. The names are
 * translated here (and re-registered when the language changes) because i18next does not nest keys in values.
 */
export const usePreferenceCommands = () => {
  const { t } = useTranslation();
  const update = usePreferencesStore(selectUpdatePreferences);
  const commands = useMemo<AppCommand[]>(
    () => [
      ...THEMES.map((theme): AppCommand => ({
        id: `theme.${theme}`,
        group: 'appearance',
        titleKey: 'preferences.commands.theme',
        titleValues: { name: t(`preferences.themes.${theme}`) },
        keywords: ['theme', 'farbschema', theme],
        run: () => void update({ theme }),
      })),
      ...LANGUAGES.map((language): AppCommand => ({
        id: `language.${language}`,
        group: 'appearance',
        titleKey: 'preferences.commands.language',
        titleValues: { name: t(`preferences.languages.${language}`) },
        keywords: ['language', 'sprache', language],
        run: () => void update({ language }),
      })),
    ],
    [t, update],
  );
  useRegisterCommands(commands);
};
