import { create } from 'zustand';

export type View = 'playground' | 'threads' | 'tests' | 'lab' | 'settings';
const VIEWS: readonly View[] = ['playground', 'threads', 'tests', 'lab', 'settings'];
/** A view name read back from main's preferences, which keep it as a string. */
export const isView = (value: string): value is View => (VIEWS as readonly string[]).includes(value);

/** Small, UI-only state: which view is showing, and how the playground's composer targets panes. */
export interface UiState {
  view: View;
  setView(view: View): void;
  /** The pane a composer was last used in: it receives the message when not broadcasting. */
  focusedPaneId: string | null;
  focusPane(id: string | null): void;
  /** Send every message to all panes instead of the focused one (Ctrl/Cmd+B). */
  broadcast: boolean;
  toggleBroadcast(): void;
  /**
   * A pane the person just added: its assistant picker takes the keyboard focus (the nonce makes each request
   * new). Restored panes never ask, so a start-up does not move the focus.
   */
  paneFocusRequest: { paneId: string; nonce: number } | null;
  requestPaneFocus(paneId: string): void;
  /** The pane whose variable editor is open, if any. */
  variableEditorPaneId: string | null;
  openVariableEditor(paneId: string | null): void;
  /**
   * The start-up offer of scratch copies an earlier run left was answered (deleted, "Later", or the lab opened): it
   * is not made again when the playground is shown again.
   */
  leftoverOfferAnswered: boolean;
  answerLeftoverOffer(): void;
}

export const useUiStore = create<UiState>()((set) => ({
  view: 'playground',
  setView: (view) => set({ view }),
  focusedPaneId: null,
  focusPane: (focusedPaneId) => set({ focusedPaneId }),
  broadcast: false,
  toggleBroadcast: () => set((state) => ({ broadcast: !state.broadcast })),
  paneFocusRequest: null,
  requestPaneFocus: (paneId) =>
    set((state) => ({ paneFocusRequest: { paneId, nonce: (state.paneFocusRequest?.nonce ?? 0) + 1 } })),
  variableEditorPaneId: null,
  openVariableEditor: (variableEditorPaneId) => set({ variableEditorPaneId }),
  leftoverOfferAnswered: false,
  answerLeftoverOffer: () => set({ leftoverOfferAnswered: true }),
}));

export const selectView = (state: UiState) => state.view;
export const selectSetView = (state: UiState) => state.setView;
export const selectFocusedPaneId = (state: UiState) => state.focusedPaneId;
export const selectBroadcast = (state: UiState) => state.broadcast;
export const selectPaneFocusNonce = (paneId: string) => (state: UiState) =>
  state.paneFocusRequest?.paneId === paneId ? state.paneFocusRequest.nonce : null;
export const selectVariableEditorPaneId = (state: UiState) => state.variableEditorPaneId;
