import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../stores/appStore';
import { selectPaneRuntime } from '../../stores/conversationSlice';
import { selectPaneOtherProfile, selectPaneWithoutDraft } from '../../stores/panesSlice';
import { selectFocusedPaneId, useUiStore } from '../../stores/uiStore';
import { PaneComposer } from './PaneComposer';
import { PaneError } from './PaneError';
import { PaneHeader } from './PaneHeader';
import { PaneProfileNotice } from './PaneProfileNotice';
import { Transcript } from './Transcript';

/** One conversation: its settings, transcript, what is in flight or failed, and its composer. */
export const ConversationPane = ({ paneId, index }: { paneId: string; index: number }) => {
  const { t } = useTranslation();
  const pane = useAppStore(useShallow(selectPaneWithoutDraft(paneId)));
  const runtime = useAppStore(selectPaneRuntime(paneId));
  const otherProfile = useAppStore(selectPaneOtherProfile(paneId));
  const focused = useUiStore(selectFocusedPaneId) === paneId;
  const focusPane = useUiStore((state) => state.focusPane);
  if (!pane) return null;

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
      {otherProfile !== null ? (
        <PaneProfileNotice paneId={paneId} profileId={otherProfile} />
      ) : (
        runtime.failure && <PaneError paneId={paneId} failure={runtime.failure} />
      )}
      <PaneComposer paneId={paneId} blocked={otherProfile !== null} />
    </section>
  );
};
