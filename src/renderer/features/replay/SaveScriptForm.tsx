import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pane } from '../../../shared/domain/session';
import { newId } from '../../stores/paneModel';
import { createScript, userMessagesOf, type ReplayScript } from './script';

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
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const pane =
    panes.find((item) => item.id === chosenId) ??
    panes.find((item) => item.id === defaultPaneId) ??
    panes[0] ??
    null;
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
        <label className="inspector-field">
          <span>{t('replay.fromPane')}</span>
          <select
            className="inspector-input"
            value={pane.id}
            onChange={(event) => setChosenId(event.target.value)}
            data-testid="replay-source-pane"
          >
            {panes.map((item) => (
              <option key={item.id} value={item.id}>
                {labels.get(item.id)}
              </option>
            ))}
          </select>
        </label>
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
