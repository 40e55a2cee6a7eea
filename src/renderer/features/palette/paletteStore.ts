import { create } from 'zustand';

type Overlay = 'palette' | 'help' | null;

/** Which of the two keyboard overlays is open; only one at a time. */
interface PaletteState {
  overlay: Overlay;
  open(overlay: Exclude<Overlay, null>): void;
  toggle(overlay: Exclude<Overlay, null>): void;
  close(): void;
}

export const usePaletteStore = create<PaletteState>()((set) => ({
  overlay: null,
  open: (overlay) => set({ overlay }),
  toggle: (overlay) => set((state) => ({ overlay: state.overlay === overlay ? null : overlay })),
  close: () => set({ overlay: null }),
}));

export const selectOverlay = (state: PaletteState) => state.overlay;
