import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pane } from '../../../shared/domain/session';
import { newId } from '../../stores/paneModel';
import { PaneSelect, useChosenPane } from '../inspector';
import type { ReplayScript } from '../../../shared/domain/session';
import { createScript, userMessagesOf } from './script';

interface SaveScriptFormProps {
  panes: readonly Pane[];
  labels: ReadonlyMap<string, string>;
  defaultPaneId: string | null;
  existing: readonly ReplayScript[];
  onSave(script: ReplayScript): void;
}

/** Names the user messages of a pane and keeps them with the session as a replay script. */
export const SaveScriptForm = ({ panes, labels, defaultPaneId, existing, onSave }: SaveScriptFormProps) => {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { pane, selectProps } = useChosenPane(panes, labels, defaultPaneId);
  if (!pane) return null;
  const messageCount = userMessagesOf(pane).length;

  const save = () => {
    const result = createScript({
      name,
      pane,
      paneLabel: labels.get(pane.id) ?? '',
      existing,
      id: newId('script'),
      now: new Date(),
    });
    if (typeof result === 'string') {
      setProblem(t(`replay.problems.${result}`));
      return;
    }
    setProblem(null);
    setName('');
    onSave(result);
  };

  return (
    <form
      className="replay-save"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      data-testid="replay-save-form"
    >
      <h3 className="inspector-heading">{t('replay.saveTitle')}</h3>
      <div className="inspector-toolbar">
        <PaneSelect label={t('replay.fromPane')} testId="replay-source-pane" {...selectProps} />
        <label className="visually-hidden" htmlFor={`${id}-name`}>
          {t('replay.scriptName')}
        </label>
        <input
          id={`${id}-name`}
          className="inspector-input inspector-input--grow"
          value={name}
          placeholder={t('replay.scriptNamePlaceholder')}
          onChange={(event) => setName(event.target.value)}
          aria-invalid={problem !== null}
          aria-describedby={`${id}-hint`}
          data-testid="replay-script-name"
        />
        <button
          type="submit"
          className="inspector-button inspector-button--primary"
          data-testid="replay-save"
        >
          {t('replay.save')}
        </button>
      </div>
      <p
        id={`${id}-hint`}
        className={problem ? 'inspector-error' : 'inspector-hint'}
        role={problem ? 'alert' : undefined}
      >
        {problem ?? t('replay.messageCount', { count: messageCount })}
      </p>
    </form>
  );
};
