import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type AppCommand, useRegisterCommands } from '../palette';
import { DEFAULT_TEXT_SCALE, largerTextScale, smallerTextScale } from '../../../shared/domain/textScale';
import { LANGUAGES, THEMES } from './applyPreferences';
import { selectUpdatePreferences, usePreferencesStore } from './preferencesStore';

/**
 * Palette entries for every theme and language, so switching needs no trip to Settings. The names are
 * translated here (and re-registered when the language changes) because i18next does not nest keys in values.
 */
export const usePreferenceCommands = () => {
  const { t } = useTranslation();
  const update = usePreferencesStore(selectUpdatePreferences);
  const setTextScale = usePreferencesStore((state) => state.setTextScale);
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
      {
        id: 'text.larger',
        group: 'appearance',
        titleKey: 'preferences.commands.textLarger',
        keywords: ['zoom', 'bigger', 'größer', 'schrift'],
        shortcuts: [
          { key: '+', mod: true },
          { key: '=', mod: true },
        ],
        shortcutInInputs: true,
        run: () => void setTextScale(largerTextScale(usePreferencesStore.getState().textScale)),
      },
      {
        id: 'text.smaller',
        group: 'appearance',
        titleKey: 'preferences.commands.textSmaller',
        keywords: ['zoom', 'smaller', 'kleiner', 'schrift'],
        shortcuts: [{ key: '-', mod: true }],
        shortcutInInputs: true,
        run: () => void setTextScale(smallerTextScale(usePreferencesStore.getState().textScale)),
      },
      {
        id: 'text.reset',
        group: 'appearance',
        titleKey: 'preferences.commands.textReset',
        keywords: ['zoom', '100'],
        shortcuts: [{ key: '0', mod: true }],
        shortcutInInputs: true,
        run: () => void setTextScale(DEFAULT_TEXT_SCALE),
      },
    ],
    [t, update, setTextScale],
  );
  useRegisterCommands(commands);
};
