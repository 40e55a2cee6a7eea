import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabStore } from './labStore';

/** "Apply to assistant": the fields it would send, read fresh from Famulor, conflicts named; then the push. */
export const PushPanel = ({ note }: { note: string }) => {
  const { t } = useTranslation();
  const plan = useLabStore((state) => state.plan);
  const busy = useLabStore((state) => state.busy);
  const [override, setOverride] = useState(false);
  const [applied, setApplied] = useState(false);
  const { previewPush, push } = useLabStore.getState();
  const changed = plan ? Object.keys(plan.changes) : [];
  const fieldList = (fields: readonly string[]) =>
    fields.map((field) => t(`lab.fieldNames.${field as 'name'}`)).join(', ');
  return (
    <section className="lab-push">
      <button
        type="button"
        className="button"
        disabled={busy !== null}
        onClick={() => {
          setApplied(false);
          setOverride(false);
          void previewPush();
        }}
      >
        {busy === 'preview' ? t('lab.actions.reviewing') : t('lab.actions.review')}
      </button>
      {applied && !plan && <p role="status">{t('lab.push.applied')}</p>}
      {plan && (
        <div className="lab-plan" role="region" aria-label={t('lab.actions.review')}>
          {changed.length === 0 ? (
            <p>{t('lab.push.nothing')}</p>
          ) : (
            <p>
              {t('lab.push.changes')} <strong>{fieldList(changed)}</strong>
            </p>
          )}
          {plan.keptRemote.length > 0 && (
            <p className="lab-muted">
              {t('lab.push.keptRemote')} {fieldList(plan.keptRemote)}
            </p>
          )}
          {plan.conflicts.length > 0 && (
            <>
              <p className="lab-error">
                {t('lab.push.conflicts')} <strong>{fieldList(plan.conflicts)}</strong>
              </p>
              <label className="lab-check">
                <input
                  type="checkbox"
                  checked={override}
                  onChange={(event) => setOverride(event.target.checked)}
                />
                {t('lab.push.override')}
              </label>
            </>
          )}
          {changed.length > 0 && (
            <button
              type="button"
              className="button button--primary"
              disabled={busy !== null || (plan.conflicts.length > 0 && !override)}
              onClick={() =>
                void push(note, override).then(() => setApplied(useLabStore.getState().error === null))
              }
            >
              {busy === 'push' ? t('lab.actions.applying') : t('lab.actions.apply')}
            </button>
          )}
        </div>
      )}
    </section>
  );
};
