import { useEffect, useId, useState } from 'react';
import { sameJson } from '../../../shared/domain/sameJson';
import { useTranslation } from 'react-i18next';
import type { AssistantDraft } from '../../../shared/domain/assistantDraft';
import type { JsonValue } from '../../../shared/domain/famulor';
import { MAX_INITIAL_MESSAGE_LENGTH } from '../../../shared/limits';
import { characterCount } from '../../../shared/text';
import { useLabStore } from './labStore';
import { BuiltInToolsEditor } from './BuiltInToolsEditor';
import { PromptEditor } from './PromptEditor';

/** A variable's default as the editor shows it: text as it is, anything else as JSON. */
const shown = (value: JsonValue) => (typeof value === 'string' ? value : JSON.stringify(value));

/** The draft's fields: name, initial message (counted), prompt, variables, model, language, time zone, tools. */
export const DraftEditor = ({ draft }: { draft: AssistantDraft }) => {
  const { t } = useTranslation();
  const id = useId();
  const edit = useLabStore((state) => state.edit);
  const models = useLabStore((state) => state.models);
  const languages = useLabStore((state) => state.languages);
  const unwritable = useLabStore((state) => state.opened?.unwritableTools.length ?? 0);
  useEffect(() => void useLabStore.getState().loadCatalogue(), []);
  // Typed as text ("3, 5"), kept as ids when it reads as ids; empty means "not known". A restored version
  // brings other ids: the text follows them, unless it is what the person is typing now.
  const [typed, setTyped] = useState<{ text: string; ids: number[] | null } | null>(null);
  const shownIds =
    typed && sameJson(typed.ids, draft.toolIds) ? typed.text : (draft.toolIds?.join(', ') ?? '');
  const parts = shownIds
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const toolIdsInvalid = !parts.every((part) => /^[1-9]\d{0,9}$/.test(part));
  const setToolIds = (text: string) => {
    const next = text
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
    const valid = next.every((part) => /^[1-9]\d{0,9}$/.test(part));
    const ids = valid ? (next.length === 0 ? null : next.map(Number)) : draft.toolIds;
    setTyped({ text, ids });
    if (valid) edit({ toolIds: ids });
  };
  const initialCount = characterCount(draft.initialMessage);
  const tooLong = initialCount > MAX_INITIAL_MESSAGE_LENGTH;
  const variables = Object.entries(draft.variables);
  const setVariable = (index: number, name: string, value: JsonValue) =>
    edit({
      variables: Object.fromEntries(variables.map((entry, at) => (at === index ? [name, value] : entry))),
    });
  return (
    <div className="lab-editor">
      <label className="lab-field">
        <span>{t('lab.fields.name')}</span>
        <input
          className="lab-input"
          value={draft.name}
          onChange={(event) => edit({ name: event.target.value })}
        />
      </label>
      <div className="lab-field">
        <label htmlFor={`${id}-initial`}>{t('lab.fields.initialMessage')}</label>
        <textarea
          id={`${id}-initial`}
          className="lab-input"
          rows={2}
          value={draft.initialMessage}
          aria-invalid={tooLong}
          aria-describedby={`${id}-count`}
          onChange={(event) => edit({ initialMessage: event.target.value })}
        />
        <span id={`${id}-count`} className={tooLong ? 'lab-error' : 'lab-muted'}>
          {t('lab.fields.initialCount', { count: initialCount, max: MAX_INITIAL_MESSAGE_LENGTH })}
          {tooLong && ` ${t('lab.fields.initialTooLong', { max: MAX_INITIAL_MESSAGE_LENGTH })}`}
        </span>
      </div>
      <div className="lab-field">
        <label htmlFor={`${id}-prompt`}>{t('lab.fields.systemPrompt')}</label>
        <PromptEditor
          id={`${id}-prompt`}
          value={draft.systemPrompt}
          variables={draft.variables}
          onChange={(systemPrompt) => edit({ systemPrompt })}
          onDefine={(name) => edit({ variables: { ...draft.variables, [name]: '' } })}
        />
      </div>
      <fieldset className="lab-field lab-variables">
        <legend>{t('lab.fields.variables')}</legend>
        {variables.map(([name, value], index) => (
          <div key={index} className="lab-variable">
            <input
              className="lab-input"
              aria-label={t('lab.fields.variableName')}
              value={name}
              onChange={(event) => setVariable(index, event.target.value, value)}
            />
            <input
              className="lab-input"
              aria-label={t('lab.fields.variableValue')}
              value={shown(value)}
              onChange={(event) => setVariable(index, name, event.target.value)}
            />
            <button
              type="button"
              className="button button--small"
              aria-label={t('lab.fields.removeVariable', { name })}
              onClick={() =>
                edit({ variables: Object.fromEntries(variables.filter((_, at) => at !== index)) })
              }
            >
              ×
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button button--small"
          onClick={() =>
            edit({ variables: { ...draft.variables, [`variable_${variables.length + 1}`]: '' } })
          }
        >
          {t('lab.fields.addVariable')}
        </button>
      </fieldset>
      <div className="lab-row">
        <label className="lab-field">
          <span>{t('lab.fields.model')}</span>
          <select
            className="lab-input"
            value={draft.llmModelId ?? ''}
            onChange={(event) =>
              edit({ llmModelId: event.target.value === '' ? null : Number(event.target.value) })
            }
          >
            <option value="">{t('lab.fields.modelAsListed')}</option>
            {models.map((model) => (
              <option key={model.id} value={model.id}>
                {model.name}
              </option>
            ))}
          </select>
        </label>
        <label className="lab-field">
          <span>{t('lab.fields.language')}</span>
          <select
            className="lab-input"
            value={draft.languageId ?? ''}
            onChange={(event) =>
              edit({ languageId: event.target.value === '' ? null : Number(event.target.value) })
            }
          >
            {draft.languageId === null && <option value="">{t('lab.fields.languageUnknown')}</option>}
            {/* The draft's language stays choosable while the list is read, or if it is not on it. */}
            {draft.languageId !== null && !languages.some((language) => language.id === draft.languageId) && (
              <option value={draft.languageId}>
                {t('lab.fields.languageById', { id: draft.languageId })}
              </option>
            )}
            {languages.map((language) => (
              <option key={language.id} value={language.id}>
                {language.name}
              </option>
            ))}
          </select>
        </label>
        <label className="lab-field">
          <span>{t('lab.fields.timezone')}</span>
          <input
            className="lab-input"
            value={draft.timezone ?? ''}
            onChange={(event) =>
              edit({ timezone: event.target.value.trim() === '' ? null : event.target.value })
            }
          />
        </label>
      </div>
      <BuiltInToolsEditor tools={draft.tools} unwritable={unwritable} onChange={(tools) => edit({ tools })} />
      <div className="lab-field">
        <label htmlFor={`${id}-tools-input`}>{t('lab.fields.customTools')}</label>
        <input
          id={`${id}-tools-input`}
          className="lab-input"
          inputMode="numeric"
          placeholder={t('lab.fields.customToolsPlaceholder')}
          value={shownIds}
          aria-invalid={toolIdsInvalid}
          aria-describedby={`${id}-tools`}
          onChange={(event) => setToolIds(event.target.value)}
        />
        <span id={`${id}-tools`} className={toolIdsInvalid ? 'lab-error' : 'lab-muted'}>
          {toolIdsInvalid
            ? t('lab.fields.customToolsInvalid')
            : draft.toolIds === null
              ? t('lab.fields.customToolsUnknown')
              : t('lab.fields.customToolsIds', { count: draft.toolIds.length })}
        </span>
      </div>
    </div>
  );
};
