import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { selectAssistantByUuid } from '../../stores/assistantsSlice';
import { useAppStore } from '../../stores/appStore';
import { selectPane, selectPanes } from '../../stores/panesSlice';
import { useUiStore } from '../../stores/uiStore';
import { PlaceholderList } from './PlaceholderList';
import { SystemVariableList } from './SystemVariableList';
import {
  draftFromVariables,
  draftVariables,
  editJson,
  editRows,
  tableVariables,
  type VariableDraft,
} from './variableDraft';
import { VariableJsonEditor } from './VariableJsonEditor';
import { VariableSetsPanel } from './VariableSetsPanel';
import { VariableTable } from './VariableTable';
import './variables.css';

type Tab = 'table' | 'json';

/** The variables of one pane: table and raw JSON in sync, the prompt's placeholders, system values and saved sets. */
export const VariableEditor = ({ paneId }: { paneId: string }) => {
  const { t } = useTranslation();
  const pane = useAppStore(selectPane(paneId));
  const paneIndex = useAppStore((state) => selectPanes(state).findIndex((item) => item.id === paneId));
  const assistant = useAppStore(selectAssistantByUuid(pane?.assistant.uuid ?? null));
  const applyVariables = useAppStore((state) => state.applyVariables);
  const openVariableEditor = useUiStore((state) => state.openVariableEditor);
  const [draft, setDraft] = useState<VariableDraft>(() => draftFromVariables(pane?.variables ?? {}));
  const [tab, setTab] = useState<Tab>('table');
  const dialogRef = useRef<HTMLDivElement>(null);
  // Focus moves into the dialog so that Tab starts there and Escape reaches its handler.
  useEffect(() => dialogRef.current?.focus(), []);
  if (!pane) return null;

  const variables = draftVariables(draft);
  const started = pane.conversationId !== null || pane.transcript.length > 0;
  const close = () => openVariableEditor(null);
  const apply = () => {
    if (!variables) return;
    applyVariables([paneId], variables);
    close();
  };

  return (
    <div className="overlay" onMouseDown={(event) => event.target === event.currentTarget && close()}>
      <div
        className="variable-editor"
        ref={dialogRef}
        tabIndex={-1}
        role="dialog"
        aria-modal="true"
        aria-labelledby="variable-editor-title"
        data-testid="variable-editor"
        onKeyDown={(event) => {
          if (event.key === 'Escape') close();
        }}
      >
        <header className="variable-editor__header">
          <h2 id="variable-editor-title">
            {t('variables.title', {
              pane: pane.assistant.name || t('playground.pane.label', { n: paneIndex + 1 }),
            })}
          </h2>
          <button type="button" className="icon-button" aria-label={t('variables.close')} onClick={close}>
            ✕
          </button>
        </header>
        <div className="variable-editor__body">
          <section className="variable-editor__main">
            <div className="tabs" role="tablist">
              {(['table', 'json'] as const).map((name) => (
                <button
                  key={name}
                  type="button"
                  role="tab"
                  aria-selected={tab === name}
                  data-testid={`variables-tab-${name}`}
                  onClick={() => setTab(name)}
                >
                  {t(`variables.${name}`)}
                </button>
              ))}
            </div>
            {tab === 'table' ? (
              <VariableTable
                rows={draft.rows}
                errors={draft.rowErrors}
                onChange={(rows) => setDraft(editRows(rows))}
              />
            ) : (
              <VariableJsonEditor
                json={draft.json}
                problem={draft.jsonProblem}
                onChange={(json) => setDraft((current) => editJson(current, json))}
              />
            )}
          </section>
          <aside className="variable-editor__side">
            <PlaceholderList
              assistant={assistant}
              variables={tableVariables(draft)}
              onAdd={(name) => setDraft(editRows([...draft.rows, { key: name, value: '' }]))}
            />
            <SystemVariableList assistant={assistant} paneAssistant={pane.assistant} />
            <VariableSetsPanel
              paneId={paneId}
              current={variables}
              onLoad={(loaded) => setDraft(draftFromVariables(loaded))}
              onApplied={close}
            />
          </aside>
        </div>
        <footer className="variable-editor__footer">
          <button
            type="button"
            className="button"
            disabled={!assistant}
            onClick={() => assistant && setDraft(draftFromVariables(assistant.variables))}
          >
            {t('variables.defaults')}
          </button>
          <span className="variable-editor__note">
            {!variables ? t('variables.invalid') : started ? t('variables.restartNote') : ''}
          </span>
          <button type="button" className="button" onClick={close}>
            {t('variables.cancel')}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={!variables}
            data-testid="variables-apply"
            onClick={apply}
          >
            {started ? t('variables.applyRestart') : t('variables.apply')}
          </button>
        </footer>
      </div>
    </div>
  );
};
