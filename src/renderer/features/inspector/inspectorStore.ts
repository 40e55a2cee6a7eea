import { create } from 'zustand';

export type InspectorTab = 'calls' | 'compare' | 'http' | 'replay';

/** The inspector panel's UI state: whether it is open and which tab shows; kept while views change. */
interface InspectorState {
  open: boolean;
  tab: InspectorTab;
  toggle(): void;
  show(tab: InspectorTab): void;
  close(): void;
}

export const useInspectorStore = create<InspectorState>()((set) => ({
  open: false,
  tab: 'calls',
  toggle: () => set((state) => ({ open: !state.open })),
  show: (tab) => set({ open: true, tab }),
  close: () => set({ open: false }),
}));

export const selectInspectorOpen = (state: InspectorState) => state.open;
export const selectInspectorTab = (state: InspectorState) => state.tab;
