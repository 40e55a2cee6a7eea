import { create } from 'zustand';

export type View = 'playground' | 'threads' | 'settings';

/** Small, UI-only state: which view is showing. */
export interface UiState {
  view: View;
  setView(view: View): void;
}

export const useUiStore = create<UiState>()((set) => ({
  view: 'playground',
  setView: (view) => set({ view }),
}));

export const selectView = (state: UiState) => state.view;
export const selectSetView = (state: UiState) => state.setView;
