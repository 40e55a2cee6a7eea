import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordedConversation, RecordedTurn } from '../../../shared/domain/demoPack';
import type { AppError } from '../../../shared/result';
import { sameJson } from '../../../shared/domain/sameJson';
import { describeError } from '../../lib/describeError';
import { usePacksStore } from './packsStore';
import { addConversation, addTurn, editTurn, removeTurn, renameConversation } from './turnsDraft';

/** The open pack's recorded turns, one assistant at a time: phrasings added, replies fixed, turns added or removed. */
export const PackEditor = () => {
  const { t } = useTranslation();
  const editing = usePacksStore((state) => state.editing);
  const name = usePacksStore(
    (state) => state.packs?.find((pack) => pack.id === state.editing?.id)?.name ?? '',
  );
  const [uuid, setUuid] = useState(editing?.assistants[0]?.uuid ?? '');
  const saved = editing?.assistants.find((assistant) => assistant.uuid === uuid)?.conversations ?? [];
  const [draft, setDraft] = useState<RecordedConversation[]>(saved);
  const [state, setState] = useState<
    { kind: 'idle' | 'saving' | 'saved' } | { kind: 'failed'; error: AppError }
  >({
    kind: 'idle',
  });
  if (!editing) return null;
  const dirty = !sameJson(draft, saved);

  const change = (next: RecordedConversation[]) => {
    setDraft(next);
    setState({ kind: 'idle' });
  };
  const pickAssistant = (next: string) => {
    setUuid(next);
    setDraft(editing.assistants.find((assistant) => assistant.uuid === next)?.conversations ?? []);
    setState({ kind: 'idle' });
  };
  const save = async () => {
    setState({ kind: 'saving' });
    const result = await usePacksStore.getState().saveTurns(editing.id, uuid, draft);
    setState(result.ok ? { kind: 'saved' } : { kind: 'failed', error: result.error });
  };

  return (
    <section className="pack-editor" aria-labelledby="pack-editor-title" data-testid="pack-editor">
      <h3 id="pack-editor-title" className="settings__subtitle">
        {t('demoPacks.editor.title', { name })}
      </h3>
      {editing.assistants.length > 1 ? (
        <label className="pack-editor__field">
          {t('demoPacks.editor.assistant')}
          <select value={uuid} onChange={(event) => pickAssistant(event.target.value)}>
            {editing.assistants.map((assistant) => (
              <option key={assistant.uuid} value={assistant.uuid}>
                {assistant.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {draft.length === 0 ? (
        <p className="settings__line settings__line--muted">{t('demoPacks.editor.empty')}</p>
      ) : null}
      {draft.map((conversation, conversationIndex) => (
        <fieldset key={conversationIndex} className="pack-editor__conversation">
          <legend>
            {t('demoPacks.editor.conversation', { number: conversationIndex + 1, title: conversation.title })}
          </legend>
          <label className="pack-editor__field">
            {t('demoPacks.editor.conversationTitle')}
            <input
              value={conversation.title}
              onChange={(event) => change(renameConversation(draft, conversationIndex, event.target.value))}
            />
          </label>
          <ol className="pack-editor__turns">
            {conversation.turns.map((turn, turnIndex) => (
              <li key={turnIndex}>
                <TurnEditor
                  number={turnIndex + 1}
                  turn={turn}
                  onChange={(patch) =>
                    change(editTurn(draft, { conversation: conversationIndex, turn: turnIndex }, patch))
                  }
                  onRemove={() =>
                    change(removeTurn(draft, { conversation: conversationIndex, turn: turnIndex }))
                  }
                />
              </li>
            ))}
          </ol>
          <button
            type="button"
            className="settings-button"
            onClick={() => change(addTurn(draft, conversationIndex))}
          >
            {t('demoPacks.editor.addTurn')}
          </button>
        </fieldset>
      ))}
      <div className="settings__actions">
        <button
          type="button"
          className="settings-button"
          onClick={() => change(addConversation(draft, t('demoPacks.editor.newConversation')))}
        >
          {t('demoPacks.editor.addConversation')}
        </button>
        <button
          type="button"
          className="settings-button settings-button--primary"
          disabled={!dirty || state.kind === 'saving'}
          data-testid="pack-editor-save"
          onClick={() => void save()}
        >
          {state.kind === 'saving' ? t('demoPacks.editor.saving') : t('demoPacks.editor.save')}
        </button>
        <button
          type="button"
          className="settings-button"
          onClick={() => usePacksStore.getState().closeEditor()}
        >
          {t('demoPacks.editor.close')}
        </button>
        {dirty ? (
          <span className="settings__line settings__line--muted">{t('demoPacks.editor.unsaved')}</span>
        ) : null}
      </div>
      <div role="status" aria-live="polite">
        {state.kind === 'saved' ? (
          <p className="settings__line settings__line--success">{t('demoPacks.editor.saved')}</p>
        ) : null}
      </div>
      {state.kind === 'failed' ? (
        <p className="settings__error" role="alert" data-testid="pack-editor-error">
          {describeError(t, state.error)}
        </p>
      ) : null}
    </section>
  );
};

interface TurnEditorProps {
  number: number;
  turn: RecordedTurn;
  onChange(patch: Partial<RecordedTurn>): void;
  onRemove(): void;
}

const TurnEditor = ({ number, turn, onChange, onRemove }: TurnEditorProps) => {
  const { t } = useTranslation();
  const setAlternative = (index: number, text: string) =>
    onChange({ alternatives: turn.alternatives.map((item, at) => (at === index ? text : item)) });
  return (
    <div className="pack-editor__turn" role="group" aria-label={t('demoPacks.editor.turn', { number })}>
      <label className="pack-editor__field">
        {t('demoPacks.editor.user')}
        <input value={turn.user} onChange={(event) => onChange({ user: event.target.value })} />
      </label>
      {turn.alternatives.map((alternative, index) => (
        <div key={index} className="pack-editor__alternative">
          <label className="pack-editor__field">
            {t('demoPacks.editor.alternative')}
            <input value={alternative} onChange={(event) => setAlternative(index, event.target.value)} />
          </label>
          <button
            type="button"
            className="settings-button"
            aria-label={t('demoPacks.editor.removeAlternative')}
            onClick={() => onChange({ alternatives: turn.alternatives.filter((_item, at) => at !== index) })}
          >
            ×
          </button>
        </div>
      ))}
      <button
        type="button"
        className="settings-button"
        onClick={() => onChange({ alternatives: [...turn.alternatives, ''] })}
      >
        {t('demoPacks.editor.addAlternative')}
      </button>
      <label className="pack-editor__field">
        {t('demoPacks.editor.reply')}
        <textarea rows={3} value={turn.reply} onChange={(event) => onChange({ reply: event.target.value })} />
      </label>
      {turn.function_calls.length > 0 ? (
        <p className="settings__line settings__line--muted">
          {t('demoPacks.editor.calls', { names: turn.function_calls.map((call) => call.name).join(', ') })}
        </p>
      ) : null}
      <button type="button" className="settings-button settings-button--danger-outline" onClick={onRemove}>
        {t('demoPacks.editor.removeTurn')}
      </button>
    </div>
  );
};
