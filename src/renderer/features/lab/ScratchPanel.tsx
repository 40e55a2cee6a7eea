import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_PANES } from '../../../shared/domain/applySessionCommand';
import { useAppStore, type AppState } from '../../stores/appStore';
import { useLabStore } from './labStore';

/** The open session's replay scripts: one of them can be played into the original and its copies. */
const selectScripts = (state: AppState) => state.sessions.current?.replayScripts;

/**
 * Trying the draft: on its own model, or on up to three of the account's models at once (one scratch copy each,
 * beside the original), with a replay script of the open session or typed by hand; the copies open now, and
 * copies an earlier run left on Famulor.
 */
export const ScratchPanel = ({ tooLong }: { tooLong: boolean }) => {
  const { t } = useTranslation();
  const id = useId();
  const busy = useLabStore((state) => state.busy);
  const scratch = useLabStore((state) => state.scratch);
  const models = useLabStore((state) => state.models);
  const allLeftovers = useLabStore((state) => state.leftovers);
  const scripts = useAppStore(selectScripts);
  const [chosenModels, setChosenModels] = useState<number[]>([]);
  const [scriptId, setScriptId] = useState('');
  // Selected whole and filtered here: a selector that builds a new array would re-render forever.
  const leftovers = useMemo(
    () => allLeftovers.filter((copy) => !scratch.some((open) => open.assistantId === copy.assistantId)),
    [allLeftovers, scratch],
  );
  const { tryDraft, discard } = useLabStore.getState();
  useEffect(() => void useLabStore.getState().loadLeftovers(), []);
  const deleteAll = (copies: typeof scratch) =>
    void copies.reduce((done, copy) => done.then(() => discard(copy)), Promise.resolve());
  const toggleModel = (modelId: number) =>
    setChosenModels((chosen) =>
      chosen.includes(modelId) ? chosen.filter((other) => other !== modelId) : [...chosen, modelId],
    );
  return (
    <section className="lab-scratch" aria-label={t('lab.scratch.title')}>
      <fieldset className="lab-models">
        <legend>{t('lab.scratch.models')}</legend>
        {models.map((model) => (
          <label key={model.id} className="lab-check">
            <input
              type="checkbox"
              checked={chosenModels.includes(model.id)}
              disabled={!chosenModels.includes(model.id) && chosenModels.length >= MAX_PANES - 1}
              onChange={() => toggleModel(model.id)}
            />
            {model.name}
          </label>
        ))}
        <span className="lab-muted">{t('lab.scratch.modelsHint', { max: MAX_PANES - 1 })}</span>
      </fieldset>
      <div className="lab-field">
        <label htmlFor={`${id}-script`}>{t('lab.scratch.script')}</label>
        <select
          id={`${id}-script`}
          className="lab-input"
          value={scriptId}
          onChange={(event) => setScriptId(event.target.value)}
        >
          <option value="">{t('lab.scratch.noScript')}</option>
          {(scripts ?? []).map((script) => (
            <option key={script.id} value={script.id}>
              {t('lab.scratch.scriptOption', { name: script.name, count: script.messages.length })}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="button button--primary"
        disabled={busy !== null || tooLong}
        onClick={() =>
          void tryDraft({
            models: models.filter((model) => chosenModels.includes(model.id)),
            script: scripts?.find((script) => script.id === scriptId) ?? null,
          })
        }
      >
        {busy === 'try'
          ? t('lab.actions.trying')
          : chosenModels.length > 1
            ? t('lab.actions.tryModels', { count: chosenModels.length })
            : t('lab.actions.try')}
      </button>
      {scratch.length > 0 && (
        <p role="status">
          {t('lab.scratch.active', { count: scratch.length, name: scratch[0]?.name ?? '' })}{' '}
          <button
            type="button"
            className="button button--small"
            disabled={busy !== null}
            onClick={() => deleteAll(scratch)}
          >
            {busy === 'discard'
              ? t('lab.scratch.discarding')
              : t('lab.scratch.discard', { count: scratch.length })}
          </button>
        </p>
      )}
      {leftovers.length > 0 && (
        <p className="lab-leftovers" role="status">
          {t('lab.scratch.leftovers', { count: leftovers.length })}{' '}
          <button
            type="button"
            className="button button--small"
            disabled={busy !== null}
            onClick={() => deleteAll(leftovers)}
          >
            {t('lab.scratch.cleanUp')}
          </button>
        </p>
      )}
    </section>
  );
};
