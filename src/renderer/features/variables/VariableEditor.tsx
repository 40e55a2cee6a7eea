import * as Dialog from '@radix-ui/react-dialog';
import { useState } from 'react';
import { useFocusReturn } from '../../lib/useFocusReturn';
import { TabList, tabPanelProps, useTabIds } from '../../components/TabList';
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

const paneComposer = (paneId: string): HTMLElement | null =>
  Array.from(document.querySelectorAll<HTMLElement>('[data-pane-id]'))
    .find((element) => element.dataset.paneId === paneId)
    ?.querySelector<HTMLElement>('textarea') ?? null;

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
  const tabIds = useTabIds();
  // Opened from the palette, focus goes on to the pane's composer: the next step is usually a message.
  useFocusReturn(() => paneComposer(paneId));
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
    // Radix's dialog keeps Tab inside it, closes on Escape wherever focus is, and gives focus back to the button
    // that opened it.
    <Dialog.Root open onOpenChange={(open) => !open && close()}>
      <Dialog.Portal>
        <Dialog.Overlay className="overlay">
          <Dialog.Content
            className="variable-editor"
            aria-describedby={undefined}
            data-testid="variable-editor"
          >
            <header className="variable-editor__header">
              <Dialog.Title asChild>
                <h2>
                  {t('variables.title', {
                    pane: pane.assistant.name || t('playground.pane.label', { n: paneIndex + 1 }),
                  })}
                </h2>
              </Dialog.Title>
              <Dialog.Close className="icon-button" aria-label={t('variables.close')}>
                ✕
              </Dialog.Close>
            </header>
            <div className="variable-editor__body">
              <section className="variable-editor__main">
                <TabList<Tab>
                  className="tabs"
                  label={t('variables.tabsLabel')}
                  ids={tabIds}
                  selected={tab}
                  onSelect={setTab}
                  tabs={(['table', 'json'] as const).map((name) => ({
                    id: name,
                    label: t(`variables.${name}`),
                    testId: `variables-tab-${name}`,
                  }))}
                />
                <div {...tabPanelProps(tabIds, tab)}>
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
                </div>
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
          </Dialog.Content>
        </Dialog.Overlay>
      </Dialog.Portal>
    </Dialog.Root>
  );
};
