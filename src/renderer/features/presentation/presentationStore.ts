import { create } from 'zustand';
import type { ReplayScript } from '../../../shared/domain/session';
import { useAppStore } from '../../stores/appStore';
import { useUiStore } from '../../stores/uiStore';

/** Panes a presentation shows: enough to compare, few enough to read from the back of the room. */
export const PRESENTED_PANES = 2;

interface PresentationState {
  presenting: boolean;
  toggle(): void;
  /** The replay script the presenter steps through, and the index of the message the next step sends. */
  step: { scriptId: string; next: number } | null;
  chooseScript(scriptId: string | null): void;
  /** Sends the script's next message to the focused pane (the first one if none is); false when there is none. */
  next(): boolean;
}

const scriptOf = (scriptId: string): ReplayScript | undefined =>
  useAppStore.getState().sessions.current?.replayScripts.find((script) => script.id === scriptId);

/** The pane a step goes to: the one last used, while it is still shown, else the first. */
const targetPane = (): string | null => {
  const panes = useAppStore.getState().sessions.current?.panes.slice(0, PRESENTED_PANES) ?? [];
  const focused = useUiStore.getState().focusedPaneId;
  return panes.find((pane) => pane.id === focused)?.id ?? panes[0]?.id ?? null;
};

/** Presentation mode and the presenter's script: the shell reads `presenting`, the playground the rest. */
export const usePresentationStore = create<PresentationState>()((set, get) => ({
  presenting: false,
  toggle: () => set((state) => ({ presenting: !state.presenting })),
  step: null,
  chooseScript: (scriptId) => set({ step: scriptId === null ? null : { scriptId, next: 0 } }),
  next() {
    const { step } = get();
    const script = step ? scriptOf(step.scriptId) : undefined;
    const paneId = targetPane();
    if (!step || !script || paneId === null || step.next >= script.messages.length) return false;
    // A step while the pane still waits for its answer would send into a conversation that is not there yet.
    if (useAppStore.getState().runtime[paneId]?.inFlight) return false;
    const message = script.messages[step.next] as string;
    set({ step: { ...step, next: step.next + 1 } });
    void useAppStore.getState().sendToPanes([paneId], message);
    return true;
  },
}));
