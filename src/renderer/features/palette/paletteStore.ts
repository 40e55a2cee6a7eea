import { create } from 'zustand';

type Overlay = 'palette' | 'help' | null;

/** Which of the two keyboard overlays is open; only one at a time. */
interface PaletteState {
  overlay: Overlay;
  /** What was typed into the palette while its code was still loading; the palette starts from it. */
  pendingSearch: string;
  open(overlay: Exclude<Overlay, null>): void;
  toggle(overlay: Exclude<Overlay, null>): void;
  close(): void;
  setPendingSearch(text: string): void;
}

export const usePaletteStore = create<PaletteState>()((set) => ({
  overlay: null,
  pendingSearch: '',
  open: (overlay) => set({ overlay, pendingSearch: '' }),
  toggle: (overlay) =>
    set((state) => ({ overlay: state.overlay === overlay ? null : overlay, pendingSearch: '' })),
  close: () => set({ overlay: null, pendingSearch: '' }),
  setPendingSearch: (pendingSearch) => set({ pendingSearch }),
}));

export const selectOverlay = (state: PaletteState) => state.overlay;
export const selectPendingSearch = (state: PaletteState) => state.pendingSearch;
