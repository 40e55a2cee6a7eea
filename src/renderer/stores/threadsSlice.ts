import type { StateCreator } from 'zustand';
import type {
  ConversationDetail,
  ConversationPage,
  ConversationSummary,
  HistoryEntry,
} from '../../shared/domain/famulor';
import type { ThreadExportFile } from '../../shared/export/threadJson';
import type { ErrorReason } from '../../shared/errorReasons';
import type { AppError } from '../../shared/result';
import { EMPTY_FILTERS, toListInput, type ThreadFilterValues } from './threadFilters';
import { afterPaint } from '../lib/afterPaint';
import { call } from '../lib/api';
import type { AppState } from './appStore';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface ThreadList {
  filters: ThreadFilterValues;
  status: LoadStatus;
  page: ConversationPage | null;
  error: AppError | null;
  /** 1 for the first page; moves with next/previous so the pager can say where the person is. */
  pageNumber: number;
  /** Counts the pages that arrived, so a test (or a screen reader cue) can tell a fresh answer from the last. */
  loads: number;
}

export interface OpenThread {
  conversationId: string;
  /** The list row it was opened from; null when opened by UUID or link. */
  summary: ConversationSummary | null;
  status: LoadStatus;
  detail: ConversationDetail | null;
  /**
   * While the thread opens: its latest entries, shown at once, and how many earlier ones (`offset`) are on their
   * way; null once `detail` holds the whole history, which is what search, calls and export read.
   */
  latest: { history: HistoryEntry[]; offset: number } | null;
  error: AppError | null;
  /** From the list or the last takeover switch; null while neither has told us (GET does not say). */
  aiEnabled: boolean | null;
  aiSwitch: { pending: boolean; error: AppError | null };
  /** Set while the history shown is a JSON export's copy rather than what Famulor answered. */
  imported: { fileName: string; exportedAt: string } | null;
}

export interface ThreadsSlice {
  threadList: ThreadList;
  openThread: OpenThread | null;
  /** The browser's list: every thread (filtered), or the taken-over WhatsApp threads waiting for a person. */
  threadBrowserView: 'all' | 'queue';
  showThreadBrowserView(view: 'all' | 'queue'): void;
  /** Applies the filters and loads their first page. */
  applyThreadFilters(filters: ThreadFilterValues): Promise<void>;
  loadThreadPage(cursor?: string | null, pageNumber?: number): Promise<void>;
  nextThreadPage(): Promise<void>;
  previousThreadPage(): Promise<void>;
  openThreadById(conversationId: string, summary?: ConversationSummary | null): Promise<void>;
  /** Shows a thread from its JSON export (`parseThreadExport`); refresh swaps in the live conversation. */
  openImportedThread(file: ThreadExportFile, fileName: string): void;
  refreshOpenThread(): Promise<void>;
  /** Reads the open thread again without showing it as loading (new messages while it is taken over). */
  pollOpenThread(): Promise<void>;
  closeThread(): void;
  /** Takeover (false) or hand back (true); resolves true when Famulor confirmed the switch. */
  switchThreadAi(enabled: boolean): Promise<boolean>;
  /** A generate-reply answer for this conversation said whether AI is off. */
  noteThreadAiState(conversationId: string, aiEnabled: boolean): void;
}

const notSent = (reason: ErrorReason): AppError => ({ code: 'validation', reason });

/** What opening a thread shows first: a screenful and some to scroll up into while the rest arrives. */
export const FIRST_SCREEN_MESSAGES = 100;

export const createThreadsSlice: StateCreator<AppState, [], [], ThreadsSlice> = (set, get) => {
  let listRequest: AbortController | null = null;
  let threadRequest: AbortController | null = null;

  const replace = (previous: AbortController | null) => {
    previous?.abort();
    return new AbortController();
  };

  const patchOpen = (conversationId: string, change: (thread: OpenThread) => Partial<OpenThread>) =>
    set((state) =>
      state.openThread?.conversationId === conversationId
        ? { openThread: { ...state.openThread, ...change(state.openThread) } }
        : {},
    );

  const patchSummary = (conversationId: string, aiEnabled: boolean) =>
    set((state) => {
      const page = state.threadList.page;
      if (!page?.conversations.some((row) => row.id === conversationId)) return {};
      const conversations = page.conversations.map((row) =>
        row.id === conversationId ? { ...row, aiEnabled } : row,
      );
      return { threadList: { ...state.threadList, page: { ...page, conversations } } };
    });

  const loadDetail = async (conversationId: string) => {
    threadRequest = replace(threadRequest);
    const { signal } = threadRequest;
    const result = await call('conversation:get', { conversationId, tag: 'threads' }, { signal });
    if (signal.aborted) return;
    // A failure keeps what is on screen (an imported copy, the history before a refresh, the latest entries).
    patchOpen(conversationId, () =>
      result.ok
        ? { status: 'ready', detail: result.data, latest: null, error: null, imported: null }
        : { status: 'error', error: result.error },
    );
  };

  /** The latest entries first, then the earlier ones main held from the same answer. */
  const openDetail = async (conversationId: string) => {
    threadRequest = replace(threadRequest);
    const { signal } = threadRequest;
    const opened = await call(
      'conversation:open',
      { conversationId, latest: FIRST_SCREEN_MESSAGES, tag: 'threads' },
      { signal },
    );
    if (signal.aborted) return;
    if (!opened.ok) {
      patchOpen(conversationId, () => ({ status: 'error', error: opened.error }));
      return;
    }
    const { detail, earlier } = opened.data;
    if (!earlier) {
      patchOpen(conversationId, () => ({ status: 'ready', detail, latest: null, error: null }));
      return;
    }
    patchOpen(conversationId, () => ({ latest: { history: detail.history, offset: earlier.count } }));
    // The rest is most of the answer: parsing it in the page must not hold back the first screen's paint.
    await afterPaint();
    if (signal.aborted) return;
    const rest = await call('conversation:earlier', { hold: earlier.hold }, { signal });
    if (signal.aborted) return;
    if (!rest.ok && rest.error.reason === 'history_hold_gone') {
      // Main forgot them (it restarted, or this took minutes): the whole thread once more, in one answer.
      await loadDetail(conversationId);
      return;
    }
    patchOpen(conversationId, () =>
      rest.ok
        ? {
            status: 'ready',
            detail: { ...detail, history: [...rest.data, ...detail.history] },
            latest: null,
            error: null,
          }
        : { status: 'error', error: rest.error },
    );
  };

  return {
    threadList: { filters: EMPTY_FILTERS, status: 'idle', page: null, error: null, pageNumber: 1, loads: 0 },
    openThread: null,
    threadBrowserView: 'all',
    showThreadBrowserView: (view) => set({ threadBrowserView: view }),

    async applyThreadFilters(filters) {
      set((state) => ({ threadList: { ...state.threadList, filters } }));
      await get().loadThreadPage(null, 1);
    },

    async loadThreadPage(cursor = null, pageNumber = 1) {
      const planned = toListInput(get().threadList.filters, cursor);
      if (!planned.ok) {
        const error = notSent('assistant_id_not_whole_number');
        set((state) => ({ threadList: { ...state.threadList, status: 'error', error } }));
        return;
      }
      listRequest = replace(listRequest);
      const { signal } = listRequest;
      set((state) => ({ threadList: { ...state.threadList, status: 'loading', error: null } }));
      const result = await call('conversation:list', planned.input, { signal });
      if (signal.aborted) return;
      set((state) => ({
        threadList: result.ok
          ? {
              ...state.threadList,
              status: 'ready',
              page: result.data,
              error: null,
              pageNumber,
              loads: state.threadList.loads + 1,
            }
          : { ...state.threadList, status: 'error', error: result.error, loads: state.threadList.loads + 1 },
      }));
    },

    async nextThreadPage() {
      const { page, pageNumber } = get().threadList;
      if (page?.nextCursor) await get().loadThreadPage(page.nextCursor, pageNumber + 1);
    },

    async previousThreadPage() {
      const { page, pageNumber } = get().threadList;
      if (page?.prevCursor) await get().loadThreadPage(page.prevCursor, Math.max(1, pageNumber - 1));
    },

    async openThreadById(conversationId, summary = null) {
      set({
        openThread: {
          conversationId,
          summary,
          status: 'loading',
          detail: null,
          latest: null,
          error: null,
          aiEnabled: summary?.aiEnabled ?? null,
          aiSwitch: { pending: false, error: null },
          imported: null,
        },
      });
      await openDetail(conversationId);
    },

    openImportedThread(file, fileName) {
      threadRequest?.abort();
      set({
        openThread: {
          conversationId: file.conversationId,
          summary: file.summary,
          status: 'ready',
          detail: file.detail,
          latest: null,
          error: null,
          aiEnabled: file.aiEnabled,
          aiSwitch: { pending: false, error: null },
          imported: { fileName, exportedAt: file.exportedAt },
        },
      });
    },

    async refreshOpenThread() {
      const open = get().openThread;
      if (!open) return;
      patchOpen(open.conversationId, () => ({ status: 'loading', error: null }));
      await loadDetail(open.conversationId);
    },

    async pollOpenThread() {
      const open = get().openThread;
      // Never over a load in flight or a copy from a file, and never before the whole history is there.
      if (!open || open.status === 'loading' || open.imported || !open.detail) return;
      await loadDetail(open.conversationId);
    },

    closeThread() {
      threadRequest?.abort();
      set({ openThread: null });
    },

    async switchThreadAi(enabled) {
      const open = get().openThread;
      if (!open || open.aiSwitch.pending) return false;
      const { conversationId } = open;
      patchOpen(conversationId, () => ({ aiSwitch: { pending: true, error: null } }));
      const result = await call(enabled ? 'conversation:enableAi' : 'conversation:disableAi', {
        conversationId,
      });
      if (!result.ok) {
        patchOpen(conversationId, () => ({ aiSwitch: { pending: false, error: result.error } }));
        return false;
      }
      patchOpen(conversationId, () => ({
        aiEnabled: result.data.aiEnabled,
        aiSwitch: { pending: false, error: null },
      }));
      patchSummary(conversationId, result.data.aiEnabled);
      return true;
    },

    noteThreadAiState(conversationId, aiEnabled) {
      patchOpen(conversationId, () => ({ aiEnabled }));
      patchSummary(conversationId, aiEnabled);
    },
  };
};

export const selectThreadList = (state: AppState) => state.threadList;
export const selectOpenThread = (state: AppState) => state.openThread;
