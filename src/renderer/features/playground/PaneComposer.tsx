import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../stores/appStore';
import { selectPaneRuntime } from '../../stores/conversationSlice';
import { isOnOtherProfile, selectDraft, selectPanes } from '../../stores/panesSlice';
import { selectBroadcast, useUiStore } from '../../stores/uiStore';
import { Composer } from './Composer';

/**
 * A pane's composer. It alone reads the draft, so typing renders nothing else of the pane. `blocked`: the pane's
 * conversation is on another profile's account (a broadcast from another pane leaves it out too).
 */
export const PaneComposer = ({ paneId, blocked }: { paneId: string; blocked: boolean }) => {
  const { t } = useTranslation();
  const draft = useAppStore(selectDraft(paneId));
  const busy = useAppStore((state) => selectPaneRuntime(paneId)(state).inFlight !== null);
  const paneCount = useAppStore(
    (state) => selectPanes(state).filter((pane) => !isOnOtherProfile(pane, state)).length,
  );
  const setDraft = useAppStore((state) => state.setDraft);
  const sendToPanes = useAppStore((state) => state.sendToPanes);
  const broadcast = useUiStore(selectBroadcast);

  const send = (text: string) => {
    const state = useAppStore.getState();
    const targets = broadcast
      ? selectPanes(state)
          .filter((pane) => !isOnOtherProfile(pane, state))
          .map((pane) => pane.id)
      : [paneId];
    setDraft(paneId, '');
    void sendToPanes(targets, text);
  };

  return (
    <Composer
      value={draft}
      onChange={(next) => setDraft(paneId, next)}
      onSend={send}
      busy={busy}
      blockedLabel={blocked ? t('playground.composer.otherProfile') : undefined}
      targetLabel={
        broadcast && paneCount > 1
          ? t('playground.composer.targetAll', { count: paneCount })
          : t('playground.composer.target')
      }
    />
  );
};
