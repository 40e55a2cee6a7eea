import { useTranslation } from 'react-i18next';
import { useReplayStore, type ReplayRunState } from './replayStore';
import { describeError } from '../../lib/describeError';

interface ReplayProgressBarProps {
  run: ReplayRunState;
  labels: ReadonlyMap<string, string>;
}

/** How far the replay got, with Cancel while it runs and the reason when it stopped early. */
export const ReplayProgressBar = ({ run, labels }: ReplayProgressBarProps) => {
  const { t } = useTranslation();
  const cancel = useReplayStore((state) => state.cancel);
  const dismiss = useReplayStore((state) => state.dismiss);
  const { completed, total } = run.progress;
  return (
    <div
      className={`replay-progress replay-progress--${run.status}`}
      data-testid="replay-progress"
      data-status={run.status}
    >
      <div className="replay-progress__line">
        <span className="replay-progress__label">
          {t(`replay.status.${run.status}`, { name: run.scriptName, completed, total })}
        </span>
        {run.status === 'running' ? (
          <button type="button" className="inspector-button" onClick={cancel} data-testid="replay-cancel">
            {t('replay.cancel')}
          </button>
        ) : (
          <button type="button" className="inspector-button inspector-button--ghost" onClick={dismiss}>
            {t('replay.dismiss')}
          </button>
        )}
      </div>
      <progress
        className="replay-progress__bar"
        max={total}
        value={completed}
        aria-label={t('replay.progress')}
      />
      {run.error ? (
        <p className="inspector-error" role="alert">
          {t('replay.failedIn', {
            pane: labels.get(run.failedPaneId ?? '') ?? '',
            message: describeError(t, run.error),
          })}
        </p>
      ) : null}
    </div>
  );
};
