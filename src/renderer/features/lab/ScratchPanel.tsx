import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabStore } from './labStore';

/** Trying the draft on a scratch copy, the copy open now, and copies an earlier run left on Famulor. */
export const ScratchPanel = ({ tooLong }: { tooLong: boolean }) => {
  const { t } = useTranslation();
  const busy = useLabStore((state) => state.busy);
  const scratch = useLabStore((state) => state.scratch);
  const allLeftovers = useLabStore((state) => state.leftovers);
  // Selected whole and filtered here: a selector that builds a new array would re-render forever.
  const leftovers = useMemo(
    () => allLeftovers.filter((copy) => copy.assistantId !== scratch?.assistantId),
    [allLeftovers, scratch],
  );
  const { tryDraft, discard } = useLabStore.getState();
  useEffect(() => void useLabStore.getState().loadLeftovers(), []);
  return (
    <section className="lab-scratch">
      <button
        type="button"
        className="button button--primary"
        disabled={busy !== null || tooLong}
        onClick={() => void tryDraft()}
      >
        {busy === 'try' ? t('lab.actions.trying') : t('lab.actions.try')}
      </button>
      {scratch && (
        <p role="status">
          {t('lab.scratch.active', { name: scratch.name })}{' '}
          <button
            type="button"
            className="button button--small"
            disabled={busy !== null}
            onClick={() => void discard(scratch)}
          >
            {busy === 'discard' ? t('lab.scratch.discarding') : t('lab.scratch.discard')}
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
            onClick={() =>
              void leftovers.reduce((done, copy) => done.then(() => discard(copy)), Promise.resolve())
            }
          >
            {t('lab.scratch.cleanUp')}
          </button>
        </p>
      )}
    </section>
  );
};
