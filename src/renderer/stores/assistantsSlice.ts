import type { StateCreator } from 'zustand';
import type { Assistant } from '../../shared/domain/famulor';
import { MAX_PER_PAGE } from '../../shared/limits';
import type { AppError } from '../../shared/result';
import { call } from '../lib/api';
import type { AppState } from './appStore';

export interface AssistantsSlice {
  assistants: { list: Assistant[]; status: 'idle' | 'loading' | 'ready' | 'error'; error: AppError | null };
  /** Loads every page of the account's assistants; a failure leaves the picker's manual id/uuid field. */
  loadAssistants(force?: boolean): Promise<void>;
}

export const createAssistantsSlice: StateCreator<AppState, [], [], AssistantsSlice> = (set, get) => ({
  assistants: { list: [], status: 'idle', error: null },
  async loadAssistants(force = false) {
    const { status } = get().assistants;
    if (status === 'loading' || (status === 'ready' && !force)) return;
    set((state) => ({ assistants: { ...state.assistants, status: 'loading' } }));
    const list: Assistant[] = [];
    for (let page = 1; ; page += 1) {
      const result = await call('assistants:list', { page, perPage: MAX_PER_PAGE });
      if (!result.ok) {
        set({ assistants: { list, status: 'error', error: result.error } });
        return;
      }
      list.push(...result.data.assistants);
      if (result.data.currentPage >= result.data.lastPage || result.data.assistants.length === 0) break;
    }
    set({ assistants: { list, status: 'ready', error: null } });
  },
});

export const selectAssistants = (state: AppState) => state.assistants;
/** The full assistant behind a pane (for its defaults, prompt and placeholders), when the list knows it. */
export const selectAssistantByUuid = (uuid: string | null) => (state: AppState) =>
  uuid === null ? null : (state.assistants.list.find((assistant) => assistant.uuid === uuid) ?? null);
