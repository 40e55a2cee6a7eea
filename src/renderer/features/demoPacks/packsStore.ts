import { create } from 'zustand';
import type {
  DemoPackSummary,
  PackAssistantTurns,
  PackRecording,
  RecordedConversation,
} from '../../../shared/domain/demoPack';
import type { AppError, Result } from '../../../shared/result';
import { call } from '../../lib/api';
import { useAppStore } from '../../stores/appStore';

export type PackImport =
  | { kind: 'idle' }
  | { kind: 'busy'; fileName: string }
  | { kind: 'asking'; fileName: string; text: string; name: string }
  | { kind: 'done'; name: string }
  | { kind: 'failed'; fileName: string; error: AppError | null };

export type PackRecordingState =
  | { kind: 'idle' | 'busy' }
  | { kind: 'asking'; request: PackRecording; name: string }
  | { kind: 'done'; name: string }
  | { kind: 'failed'; error: AppError };

interface PacksState {
  packs: DemoPackSummary[] | null;
  /** The last failure of an action on a pack, shown beside the pack it was about. */
  failure: { id: string; error: AppError } | null;
  importing: PackImport;
  /** The pack whose turns are open in the editor, as main last had them. */
  editing: { id: string; assistants: PackAssistantTurns[] } | null;
  recording: PackRecordingState;
  /** Records a pack from the active profile's account; a pack of the same id is replaced only after asking. */
  record(request: PackRecording): Promise<void>;
  load(): Promise<void>;
  importText(fileName: string, text: string, replace?: boolean): Promise<void>;
  importUnreadable(fileName: string): void;
  keepExisting(): void;
  setEnabled(id: string, enabled: boolean): Promise<void>;
  remove(id: string): Promise<void>;
  exportPack(id: string): Promise<Result<{ fileName: string; text: string }>>;
  openEditor(id: string): Promise<void>;
  closeEditor(): void;
  saveTurns(
    id: string,
    uuid: string,
    conversations: RecordedConversation[],
  ): Promise<Result<DemoPackSummary>>;
}

/** The served packs changed: the assistant pickers show what the Offline demo has now. */
const assistantsChanged = () => void useAppStore.getState().loadAssistants(true);

/** Settings → Demo packs: the list, an import in progress, the editor's pack. */
export const usePacksStore = create<PacksState>()((set, get) => {
  const reload = async () => {
    const result = await call('packs:list', {});
    if (result.ok) set({ packs: result.data });
  };
  const act = async (id: string, result: Result<unknown>) => {
    if (!result.ok) {
      set({ failure: { id, error: result.error } });
      return;
    }
    set({ failure: null });
    await reload();
    assistantsChanged();
  };
  return {
    packs: null,
    failure: null,
    importing: { kind: 'idle' },
    editing: null,
    recording: { kind: 'idle' },
    async record(request) {
      set({ recording: { kind: 'busy' } });
      const result = await call('packs:record', request);
      if (result.ok) {
        set({ recording: { kind: 'done', name: result.data.name } });
        await reload();
        assistantsChanged();
      } else if (result.error.reason === 'pack_exists' && !request.replace)
        set({ recording: { kind: 'asking', request, name: String(result.error.params?.name ?? '') } });
      else set({ recording: { kind: 'failed', error: result.error } });
    },
    load: reload,
    async importText(fileName, text, replace = false) {
      set({ importing: { kind: 'busy', fileName } });
      const result = await call('packs:import', { text, replace });
      if (result.ok) {
        set({ importing: { kind: 'done', name: result.data.name } });
        await reload();
        assistantsChanged();
      } else if (result.error.reason === 'pack_exists' && !replace) {
        const name = String(result.error.params?.name ?? '');
        set({ importing: { kind: 'asking', fileName, text, name } });
      } else set({ importing: { kind: 'failed', fileName, error: result.error } });
    },
    importUnreadable: (fileName) => set({ importing: { kind: 'failed', fileName, error: null } }),
    keepExisting: () => set({ importing: { kind: 'idle' } }),
    async setEnabled(id, enabled) {
      // Shown switched at once; a refusal (an assistant another pack serves) puts it back with the reason.
      const flip = (on: boolean) =>
        set((state) => ({
          packs: state.packs?.map((pack) => (pack.id === id ? { ...pack, enabled: on } : pack)) ?? null,
        }));
      flip(enabled);
      const result = await call('packs:setEnabled', { id, enabled });
      if (!result.ok) flip(!enabled);
      await act(id, result);
    },
    async remove(id) {
      await act(id, await call('packs:remove', { id }));
      if (get().editing?.id === id) set({ editing: null });
    },
    exportPack: (id) => call('packs:export', { id }),
    async openEditor(id) {
      const result = await call('packs:turns', { id });
      if (result.ok) set({ editing: { id, assistants: result.data }, failure: null });
      else set({ failure: { id, error: result.error } });
    },
    closeEditor: () => set({ editing: null }),
    async saveTurns(id, uuid, conversations) {
      const result = await call('packs:saveTurns', { id, uuid, conversations });
      if (result.ok) {
        const editing = get().editing;
        set({
          editing:
            editing?.id === id
              ? {
                  id,
                  assistants: editing.assistants.map((assistant) =>
                    assistant.uuid === uuid ? { ...assistant, conversations } : assistant,
                  ),
                }
              : editing,
        });
        await reload();
        assistantsChanged();
      }
      return result;
    },
  };
});
