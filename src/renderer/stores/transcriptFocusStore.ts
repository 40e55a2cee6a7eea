import { create } from 'zustand';

/**
 * A request to bring one transcript entry into view, e.g. from the function-call inspector's "belongs to"
 * link. The transcript that shows `paneId` scrolls to the entry and highlights it; `nonce` makes a second
 * click on the same entry a new request.
 */
export interface ScrollTarget {
  paneId: string;
  entryId: string;
  nonce: number;
}

interface TranscriptFocusState {
  target: ScrollTarget | null;
  scrollToEntry(paneId: string, entryId: string): void;
}

export const useTranscriptFocusStore = create<TranscriptFocusState>()((set) => ({
  target: null,
  scrollToEntry: (paneId, entryId) =>
    set((state) => ({ target: { paneId, entryId, nonce: (state.target?.nonce ?? 0) + 1 } })),
}));

/** The entry a pane's transcript should scroll to, or null when the request is for another pane. */
export const selectScrollTargetFor = (paneId: string) => (state: TranscriptFocusState) =>
  state.target?.paneId === paneId ? state.target : null;
export const selectScrollToEntry = (state: TranscriptFocusState) => state.scrollToEntry;
