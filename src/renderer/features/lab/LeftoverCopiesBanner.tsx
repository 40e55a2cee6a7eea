import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScratchCopy } from '../../../shared/domain/assistantLab';
import type { AppError } from '../../../shared/result';
import { call } from '../../lib/api';
import { describeError } from '../../lib/describeError';
import { useUiStore } from '../../stores/uiStore';

/** When this page started: copies made since belong to comparisons open now, not to an earlier run. */
const PAGE_STARTED = new Date().toISOString();

type State =
  { kind: 'hidden' } | { kind: 'offer'; copies: ScratchCopy[]; deleting: boolean; error: AppError | null };

/**
 * At start, the prompt lab's scratch copies that an earlier run left on Famulor (the app was killed before their
 * comparison was closed): offered for deletion at once, or later in the lab. Reading the record is local; only the
 * deletion reaches Famulor, one copy after another.
 */
export const LeftoverCopiesBanner = () => {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ kind: 'hidden' });
  const answered = useUiStore((ui) => ui.leftoverOfferAnswered);
  useEffect(() => {
    if (answered) return undefined;
    let live = true;
    void call('lab:leftovers', {}).then((result) => {
      const copies = result.ok ? result.data.filter((copy) => copy.createdAt < PAGE_STARTED) : [];
      if (live && copies.length > 0) setState({ kind: 'offer', copies, deleting: false, error: null });
    });
    return () => {
      live = false;
    };
  }, [answered]);
  if (answered || state.kind === 'hidden') return null;
  const { answerLeftoverOffer } = useUiStore.getState();

  const deleteAll = async () => {
    const left = [...state.copies];
    setState({ ...state, deleting: true, error: null });
    while (left.length > 0) {
      const [copy] = left;
      if (!copy) break;
      const result = await call('lab:discard', { assistantId: copy.assistantId });
      if (!result.ok) return setState({ kind: 'offer', copies: left, deleting: false, error: result.error });
      left.shift();
    }
    answerLeftoverOffer();
  };

  return (
    <div className="banner banner--warning" role="alert" data-testid="leftover-copies">
      <div className="banner__body">
        <strong>{t('lab.leftoverBanner.title', { count: state.copies.length })}</strong>
        <p>{state.copies.map((copy) => copy.name).join(', ')}</p>
        {state.error && (
          <p className="lab-error">
            {t('lab.leftoverBanner.failed', { message: describeError(t, state.error) })}
          </p>
        )}
        <button
          type="button"
          className="button button--small"
          disabled={state.deleting}
          onClick={() => void deleteAll()}
        >
          {state.deleting ? t('lab.scratch.discarding') : t('lab.leftoverBanner.delete')}
        </button>{' '}
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            answerLeftoverOffer();
            useUiStore.getState().setView('lab');
          }}
        >
          {t('lab.leftoverBanner.openLab')}
        </button>
      </div>
      <button type="button" className="banner__close" onClick={answerLeftoverOffer}>
        {t('lab.leftoverBanner.later')}
      </button>
    </div>
  );
};
