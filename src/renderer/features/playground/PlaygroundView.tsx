import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { addPaneAndFocus } from './addPaneAndFocus';
import { DemoWelcome } from './DemoWelcome';
import { EmptyState } from '../../components/EmptyState';
import { useAppStore } from '../../stores/appStore';
import { MAX_PANES } from '../../../shared/domain/applySessionCommand';
import { selectPaneIds } from '../../stores/panesSlice';
import { selectVariableEditorPaneId, useUiStore } from '../../stores/uiStore';
import { InspectorLayout } from '../inspector';
import { LeftoverCopiesBanner } from '../lab';
import { PRESENTED_PANES, PresenterBar, usePresentationStore } from '../presentation';
import { StoreProblemsBanner, useCreateSession } from '../sessions';
import { VariableEditor } from '../variables';
import { PaneGroup } from './PaneGroup';
import { PlaygroundToolbar } from './PlaygroundToolbar';
import { useBroadcastCommand } from './useBroadcastCommand';
import { usePaneCommands } from './usePaneCommands';
import './playground.css';
import './picker.css';
import './transcript.css';
import './composer.css';

export const PlaygroundView = () => {
  const { t } = useTranslation();
  // The name only: the whole session changes with every keystroke, and this view must not render for those.
  const sessionName = useAppStore((state) => state.sessions.current?.name ?? null);
  const paneIds = useAppStore(selectPaneIds);
  const loadAssistants = useAppStore((state) => state.loadAssistants);
  const createSession = useCreateSession();
  const editorPaneId = useUiStore(selectVariableEditorPaneId);
  const presenting = usePresentationStore((state) => state.presenting);
  useBroadcastCommand();
  usePaneCommands();

  useEffect(() => {
    void loadAssistants();
  }, [loadAssistants]);

  const ids = paneIds === '' ? [] : paneIds.split(' ');
  return (
    <div className="playground" data-testid="playground">
      <StoreProblemsBanner />
      <LeftoverCopiesBanner />
      {sessionName === null ? (
        <EmptyState level={1} title={t('playground.emptyTitle')}>
          <p>{t('playground.emptyBody')}</p>
          <button
            type="button"
            className="button button--primary"
            data-testid="empty-new-session"
            onClick={() => void createSession()}
          >
            {t('playground.newSession')}
          </button>
          <DemoWelcome />
        </EmptyState>
      ) : (
        <>
          <PlaygroundToolbar sessionName={sessionName} paneCount={ids.length} />
          <PresenterBar paneCount={ids.length} />
          <InspectorLayout>
            {ids.length === 0 ? (
              <EmptyState title={t('playground.noPanesTitle')}>
                <p>{t('playground.noPanesBody')}</p>
                <button
                  type="button"
                  className="button button--primary"
                  data-testid="empty-add-pane"
                  onClick={() => addPaneAndFocus()}
                >
                  {t('playground.addPane')}
                </button>
              </EmptyState>
            ) : (
              <PaneGroup paneIds={ids.slice(0, presenting ? PRESENTED_PANES : MAX_PANES)} />
            )}
          </InspectorLayout>
        </>
      )}
      {editorPaneId && <VariableEditor key={editorPaneId} paneId={editorPaneId} />}
    </div>
  );
};
