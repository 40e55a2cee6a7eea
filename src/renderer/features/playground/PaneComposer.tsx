import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../stores/appStore';
import { selectPaneRuntime } from '../../stores/conversationSlice';
import { selectDraft, selectPanes } from '../../stores/panesSlice';
import { selectBroadcast, useUiStore } from '../../stores/uiStore';
import { Composer } from './Composer';

/** A pane's composer. It alone reads the draft, so typing renders nothing else of the pane. */
export const PaneComposer = ({ paneId }: { paneId: string }) => {
  const { t } = useTranslation();
  const draft = useAppStore(selectDraft(paneId));
  const busy = useAppStore((state) => selectPaneRuntime(paneId)(state).inFlight !== null);
  const paneCount = useAppStore((state) => selectPanes(state).length);
  const setDraft = useAppStore((state) => state.setDraft);
  const sendToPanes = useAppStore((state) => state.sendToPanes);
  const broadcast = useUiStore(selectBroadcast);

  const send = (text: string) => {
    const targets = broadcast ? selectPanes(useAppStore.getState()).map((item) => item.id) : [paneId];
    setDraft(paneId, '');
    void sendToPanes(targets, text);
  };

  return (
    <Composer
      value={draft}
      onChange={(next) => setDraft(paneId, next)}
      onSend={send}
      busy={busy}
      targetLabel={
        broadcast && paneCount > 1
          ? t('playground.composer.targetAll', { count: paneCount })
          : t('playground.composer.target')
      }
    />
  );
};
