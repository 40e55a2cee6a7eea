import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_PANES } from '../../../shared/domain/applySessionCommand';
import { useAppStore, type AppState } from '../../stores/appStore';
import { useTestsStore } from '../testSuites';
import { useLabStore } from './labStore';

/** The open session's replay scripts: one of them can be played into the original and its copies. */
const selectScripts = (state: AppState) => state.sessions.current?.replayScripts;

/** What runs on the original and the copies: nothing (typed by hand), a replay script or a test suite. */
type RunChoice = '' | `script:${string}` | `suite:${string}`;

/**
 * Trying the draft: on its own model, or on up to three of the account's models at once (one scratch copy each,
 * beside the original), with a replay script of the open session, a test suite, or typed by hand; the copies
 * open now, and copies an earlier run left on Famulor.
 */
export const ScratchPanel = ({ unsendable }: { unsendable: boolean }) => {
  const { t } = useTranslation();
  const id = useId();
  const busy = useLabStore((state) => state.busy);
  const scratch = useLabStore((state) => state.scratch);
  const models = useLabStore((state) => state.models);
  const allLeftovers = useLabStore((state) => state.leftovers);
  const scripts = useAppStore(selectScripts);
  const suites = useTestsStore((state) => state.suites);
  const suiteRunning = useTestsStore((state) => state.running !== null);
  const [chosenModels, setChosenModels] = useState<number[]>([]);
  const [choice, setChoice] = useState<RunChoice>('');
  const runnable = useMemo(
    () => (suites ?? []).filter((suite) => suite.unreadable === null && suite.problems.length === 0),
    [suites],
  );
  // Selected whole and filtered here: a selector that builds a new array would re-render forever.
  const leftovers = useMemo(
    () => allLeftovers.filter((copy) => !scratch.some((open) => open.assistantId === copy.assistantId)),
    [allLeftovers, scratch],
  );
  const { tryDraft, discard } = useLabStore.getState();
  useEffect(() => void useLabStore.getState().loadLeftovers(), []);
  useEffect(() => {
    if (useTestsStore.getState().suites === null) void useTestsStore.getState().load();
  }, []);
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
        <label htmlFor={`${id}-script`}>{t('lab.scratch.runOn')}</label>
        <select
          id={`${id}-script`}
          className="lab-input"
          value={choice}
          onChange={(event) => setChoice(event.target.value as RunChoice)}
        >
          <option value="">{t('lab.scratch.noScript')}</option>
          {(scripts ?? []).length > 0 && (
            <optgroup label={t('lab.scratch.scripts')}>
              {(scripts ?? []).map((script) => (
                <option key={script.id} value={`script:${script.id}`}>
                  {t('lab.scratch.scriptOption', { name: script.name, count: script.messages.length })}
                </option>
              ))}
            </optgroup>
          )}
          {runnable.length > 0 && (
            <optgroup label={t('lab.scratch.suites')}>
              {runnable.map((suite) => (
                <option key={suite.id} value={`suite:${suite.id}`} disabled={suiteRunning}>
                  {t('lab.scratch.suiteOption', { name: suite.name ?? suite.path, count: suite.cases })}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </div>
      <button
        type="button"
        className="button button--primary"
        disabled={busy !== null || unsendable}
        onClick={() =>
          void tryDraft({
            models: models.filter((model) => chosenModels.includes(model.id)),
            script: scripts?.find((script) => choice === `script:${script.id}`) ?? null,
            suiteId: runnable.find((suite) => choice === `suite:${suite.id}`)?.id ?? null,
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
