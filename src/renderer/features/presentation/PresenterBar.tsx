import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../stores/appStore';
import { PRESENTED_PANES, usePresentationStore } from './presentationStore';

const EMPTY: readonly never[] = [];

/** Above the panes while presenting: the script being stepped, its next message, and the way out. */
export const PresenterBar = ({ paneCount }: { paneCount: number }) => {
  const { t } = useTranslation();
  const presenting = usePresentationStore((state) => state.presenting);
  const step = usePresentationStore((state) => state.step);
  const scripts = useAppStore((state) => state.sessions.current?.replayScripts ?? EMPTY);
  if (!presenting) return null;
  const store = usePresentationStore.getState();
  const script = step ? scripts.find((candidate) => candidate.id === step.scriptId) : undefined;
  const upNext = script && step ? script.messages[step.next] : undefined;

  return (
    <section className="presenter-bar" aria-label={t('presentation.bar.label')} data-testid="presenter-bar">
      {scripts.length === 0 ? (
        <p className="presenter-bar__hint">{t('presentation.bar.noScripts')}</p>
      ) : (
        <label className="presenter-bar__script">
          {t('presentation.bar.script')}
          <select
            value={step?.scriptId ?? ''}
            onChange={(event) => store.chooseScript(event.target.value || null)}
          >
            <option value="">{t('presentation.bar.noScript')}</option>
            {scripts.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {script && step ? (
        <div className="presenter-bar__step" aria-live="polite">
          <span className="presenter-bar__progress">
            {t('presentation.bar.progress', { sent: step.next, count: script.messages.length })}
          </span>
          {upNext === undefined ? (
            <>
              <span>{t('presentation.bar.done', { count: script.messages.length })}</span>
              <button type="button" className="button" onClick={() => store.chooseScript(script.id)}>
                {t('presentation.bar.restart')}
              </button>
            </>
          ) : (
            <>
              <span className="presenter-bar__next" data-testid="presenter-next-message">
                {t('presentation.bar.upNext', { message: upNext })}
              </span>
              <button
                type="button"
                className="button button--primary"
                aria-keyshortcuts="ArrowRight PageDown"
                title={t('presentation.bar.nextHint')}
                onClick={() => store.next()}
              >
                {t('presentation.bar.next')}
              </button>
            </>
          )}
        </div>
      ) : null}
      {paneCount > PRESENTED_PANES ? (
        <p className="presenter-bar__hint">
          {t('presentation.bar.panesHidden', { shown: PRESENTED_PANES, count: paneCount })}
        </p>
      ) : null}
      <button
        type="button"
        className="button presenter-bar__exit"
        aria-keyshortcuts="Control+Shift+P"
        onClick={() => store.toggle()}
      >
        {t('presentation.bar.exit')}
      </button>
    </section>
  );
};
