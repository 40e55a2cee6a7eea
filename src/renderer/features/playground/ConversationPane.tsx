import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../stores/appStore';
import { selectPaneRuntime } from '../../stores/conversationSlice';
import { selectPane, selectPanes } from '../../stores/panesSlice';
import { selectBroadcast, selectFocusedPaneId, useUiStore } from '../../stores/uiStore';
import { Composer } from './Composer';
import { PaneError } from './PaneError';
import { PaneHeader } from './PaneHeader';
import { Transcript } from './Transcript';

/** One conversation: its settings, transcript, what is in flight or failed, and its composer. */
export const ConversationPane = ({ paneId, index }: { paneId: string; index: number }) => {
  const { t } = useTranslation();
  const pane = useAppStore(selectPane(paneId));
  const runtime = useAppStore(selectPaneRuntime(paneId));
  const paneCount = useAppStore((state) => selectPanes(state).length);
  const setDraft = useAppStore((state) => state.setDraft);
  const sendToPanes = useAppStore((state) => state.sendToPanes);
  const broadcast = useUiStore(selectBroadcast);
  const focused = useUiStore(selectFocusedPaneId) === paneId;
  const focusPane = useUiStore((state) => state.focusPane);
  if (!pane) return null;

  const send = (text: string) => {
    const targets = broadcast ? selectPanes(useAppStore.getState()).map((item) => item.id) : [paneId];
    setDraft(paneId, '');
    void sendToPanes(targets, text);
  };

  return (
    <section
      className="pane"
      data-focused={focused || undefined}
      aria-label={t('playground.pane.label', { n: index + 1 })}
      data-testid={`pane-${index}`}
      data-pane-id={paneId}
      onFocus={() => focusPane(paneId)}
    >
      <PaneHeader pane={pane} index={index} />
      <Transcript paneId={paneId} transcript={pane.transcript} inFlight={runtime.inFlight} />
      {runtime.failure && <PaneError paneId={paneId} failure={runtime.failure} />}
      <Composer
        value={pane.draft}
        onChange={(draft) => setDraft(paneId, draft)}
        onSend={send}
        busy={runtime.inFlight !== null}
        targetLabel={
          broadcast && paneCount > 1
            ? t('playground.composer.targetAll', { count: paneCount })
            : t('playground.composer.target')
        }
      />
    </section>
  );
};
