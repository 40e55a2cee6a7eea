import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assistant, Variables } from '../../../shared/domain/famulor';
import { findPlaceholders, isUnset } from './placeholders';

interface PlaceholderListProps {
  assistant: Assistant | null;
  variables: Variables;
  /** Adds a table row for an unset placeholder. */
  onAdd(name: string): void;
}

/** The custom placeholders the assistant's prompt and initial message use; unset ones stand out. */
export const PlaceholderList = ({ assistant, variables, onAdd }: PlaceholderListProps) => {
  const { t } = useTranslation();
  const placeholders = useMemo(
    () =>
      findPlaceholders({
        systemPrompt: assistant?.systemPrompt ?? null,
        initialMessage: assistant?.initialMessage ?? null,
      }).filter((placeholder) => !placeholder.system),
    [assistant],
  );
  return (
    <section className="side-section" data-testid="placeholder-list">
      <h3>{t('variables.placeholders')}</h3>
      {!assistant ? (
        <p className="hint">{t('variables.noAssistantInfo')}</p>
      ) : placeholders.length === 0 ? (
        <p className="hint">{t('variables.placeholdersNone')}</p>
      ) : (
        <ul className="placeholder-list">
          {placeholders.map((placeholder) => {
            const unset = isUnset(placeholder, variables);
            return (
              <li
                key={placeholder.name}
                className={unset ? 'placeholder placeholder--unset' : 'placeholder'}
                data-testid={`placeholder-${placeholder.name}`}
                data-unset={unset || undefined}
              >
                <code>
                  {placeholder.styles.includes('double')
                    ? `{{${placeholder.name}}}`
                    : `{${placeholder.name}}`}
                </code>
                <span className="placeholder__sources">
                  {placeholder.sources.map((source) => t(`variables.sources.${source}`)).join(', ')}
                </span>
                {unset && !Object.hasOwn(variables, placeholder.name) ? (
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => onAdd(placeholder.name)}
                  >
                    {t('variables.addUnset')}
                  </button>
                ) : unset ? (
                  <span className="placeholder__state placeholder__state--empty">{t('variables.empty')}</span>
                ) : (
                  <span className="placeholder__state">{t('variables.set')}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
};
