import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_INITIAL_MESSAGE_LENGTH } from '../../../shared/limits';
import { missingToolFields } from '../../../shared/domain/tools';
import { characterCount } from '../../../shared/text';
import { describeError } from '../../lib/describeError';
import { useAppStore, type AppState } from '../../stores/appStore';
import { DraftEditor } from './DraftEditor';
import { isDirty, useLabStore } from './labStore';
import { PushPanel } from './PushPanel';
import { ScratchPanel } from './ScratchPanel';
import { VersionsPanel } from './VersionsPanel';
import './lab.css';

const selectAssistants = (state: AppState) => state.assistants;

/** The prompt lab: one assistant of the active account, its draft, versions, scratch copy and push. */
export const LabView = () => {
  const { t } = useTranslation();
  const pickId = useId();
  const assistants = useAppStore(selectAssistants);
  const assistantId = useLabStore((state) => state.assistantId);
  const opened = useLabStore((state) => state.opened);
  const draft = useLabStore((state) => state.draft);
  const busy = useLabStore((state) => state.busy);
  const error = useLabStore((state) => state.error);
  const dirty = useLabStore(isDirty);
  const [note, setNote] = useState('');
  useEffect(() => void useAppStore.getState().loadAssistants(), []);
  // What main would refuse before making a copy: the button says so at once.
  const unsendable =
    draft !== null &&
    (characterCount(draft.initialMessage) > MAX_INITIAL_MESSAGE_LENGTH ||
      draft.tools.some((tool) => missingToolFields(tool).length > 0));
  const save = () =>
    void useLabStore
      .getState()
      .saveDraft(note)
      .then(() => setNote(''));
  return (
    <div
      className="lab-view"
      data-testid="lab-view"
      onKeyDown={(event) => {
        // Ctrl/Cmd+S saves the draft, as in an editor.
        if (event.key === 's' && (event.ctrlKey || event.metaKey) && draft) {
          event.preventDefault();
          save();
        }
      }}
    >
      <header className="lab-header">
        <h1>{t('lab.title')}</h1>
        <p className="lab-muted">{t('lab.intro')}</p>
        <label htmlFor={pickId}>{t('lab.pickAssistant')}</label>{' '}
        <select
          id={pickId}
          className="lab-input"
          value={assistantId ?? ''}
          onChange={(event) => void useLabStore.getState().open(Number(event.target.value))}
        >
          <option value="" disabled>
            {t('lab.pickPlaceholder')}
          </option>
          {assistants.list
            .filter((assistant) => assistant.id !== null)
            .map((assistant) => (
              <option key={assistant.id} value={assistant.id ?? ''}>
                {assistant.name}
              </option>
            ))}
        </select>
        {assistants.status === 'ready' && assistants.list.length === 0 && (
          <p className="lab-muted">{t('lab.noAssistants')}</p>
        )}
      </header>
      {error && (
        <p role="alert" className="lab-error">
          {t(`lab.failed.${error.action}`, { message: describeError(t, error.error) })}
        </p>
      )}
      {busy === 'open' && <p role="status">{t('lab.loading')}</p>}
      {opened && draft && (
        <div className="lab-body">
          <div className="lab-main">
            <DraftEditor draft={draft} />
            <div className="lab-actions">
              <input
                className="lab-input"
                value={note}
                maxLength={500}
                placeholder={t('lab.actions.notePlaceholder')}
                aria-label={t('lab.actions.notePlaceholder')}
                onChange={(event) => setNote(event.target.value)}
              />
              <button type="button" className="button" disabled={busy !== null} onClick={save}>
                {busy === 'save' ? t('lab.actions.saving') : t('lab.actions.save')}
              </button>
              <span className="lab-muted" role="status">
                {dirty ? t('lab.actions.unsaved') : t('lab.actions.saved')}
              </span>
            </div>
            <ScratchPanel unsendable={unsendable} />
            <PushPanel note={note} />
          </div>
          <aside className="lab-side">
            <VersionsPanel versions={opened.versions} />
          </aside>
        </div>
      )}
    </div>
  );
};
