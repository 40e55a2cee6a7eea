import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pane } from '../../../shared/domain/session';
import { useAppStore } from '../../stores/appStore';
import { MAX_PANES } from '../../../shared/domain/applySessionCommand';
import { selectVariableSets } from '../../stores/panesSlice';
import { paneLabels } from '../inspector';
import { ReplayDiffView } from './ReplayDiffView';
import { ReplayProgressBar } from './ReplayProgressBar';
import { selectReplayScripts, selectSavedComparison } from './replaySelectors';
import { ReplaySetup } from './ReplaySetup';
import { selectReplayRun, useReplayStore } from './replayStore';
import { SaveScriptForm } from './SaveScriptForm';
import { ScriptList } from './ScriptList';
import type { ReplayScript } from '../../../shared/domain/session';
import './replay.css';

export interface ReplayPanelProps {
  panes: readonly Pane[];
  selectedPaneId: string | null;
}

/** Save a pane's messages as a script, replay it into fresh panes, and compare what they answered. */
export const ReplayPanel = ({ panes, selectedPaneId }: ReplayPanelProps) => {
  const { t } = useTranslation();
  const scripts = useAppStore(selectReplayScripts);
  const variableSets = useAppStore(selectVariableSets);
  const changeSession = useAppStore((state) => state.changeSession);
  const run = useReplayStore(selectReplayRun);
  const dismiss = useReplayStore((state) => state.dismiss);
  const saved = useAppStore(selectSavedComparison);
  const start = useReplayStore((state) => state.start);
  const [setupFor, setSetupFor] = useState<ReplayScript | null>(null);
  const [startProblem, setStartProblem] = useState<string | null>(null);
  const labels = useMemo(() => paneLabels(panes, t), [panes, t]);
  const runPanes = useMemo(
    () =>
      (run?.paneIds ?? saved?.paneIds ?? [])
        .map((id) => panes.find((pane) => pane.id === id))
        .filter((pane): pane is Pane => pane !== undefined),
    [run, saved, panes],
  );

  const save = (script: ReplayScript) => changeSession([{ type: 'putReplayScript', script }]);
  const remove = (script: ReplayScript) => changeSession([{ type: 'deleteReplayScript', id: script.id }]);

  return (
    <div className="replay-panel" data-testid="replay-panel">
      <SaveScriptForm
        panes={panes}
        labels={labels}
        defaultPaneId={selectedPaneId}
        existing={scripts}
        onSave={save}
      />
      <h3 className="inspector-heading">{t('replay.scriptsTitle')}</h3>
      {setupFor ? (
        <ReplaySetup
          script={setupFor}
          variableSets={variableSets}
          room={MAX_PANES - panes.length}
          onCancel={() => setSetupFor(null)}
          onStart={(targets) => {
            const problem = start(setupFor, targets);
            setStartProblem(
              problem ? t(`replay.problems.${problem}`, { room: MAX_PANES - panes.length }) : null,
            );
            if (!problem) setSetupFor(null);
          }}
        />
      ) : (
        <ScriptList
          scripts={scripts}
          replayDisabled={run?.status === 'running'}
          onReplay={(script) => {
            setStartProblem(null);
            setSetupFor(script);
          }}
          onDelete={remove}
        />
      )}
      {startProblem ? (
        <p className="inspector-error" role="alert">
          {startProblem}
        </p>
      ) : null}
      {run ? (
        <section className="replay-result" aria-label={t('replay.resultTitle')}>
          <ReplayProgressBar run={run} labels={labels} />
          <ReplayDiffView panes={runPanes} labels={labels} />
        </section>
      ) : saved && runPanes.length > 0 ? (
        <section className="replay-result" aria-label={t('replay.resultTitle')}>
          <div className="replay-progress replay-progress--done" data-testid="replay-restored">
            <div className="replay-progress__line">
              <span className="replay-progress__label">
                {t('replay.restored', { name: saved.scriptName })}
              </span>
              <button type="button" className="inspector-button inspector-button--ghost" onClick={dismiss}>
                {t('replay.dismiss')}
              </button>
            </div>
          </div>
          <ReplayDiffView panes={runPanes} labels={labels} />
        </section>
      ) : null}
    </div>
  );
};
