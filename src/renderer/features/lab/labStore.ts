import { create } from 'zustand';
import type { AssistantDraft } from '../../../shared/domain/assistantDraft';
import type { AssistantVersion, PushPlan, ScratchCopy } from '../../../shared/domain/assistantLab';
import type { AssistantLanguage, AssistantModel } from '../../../shared/domain/assistantWrites';
import { sameJson } from '../../../shared/domain/sameJson';
import type { Assistant, JsonValue } from '../../../shared/domain/famulor';
import type { ReplayScript } from '../../../shared/domain/session';
import type { AppError } from '../../../shared/result';
import { call } from '../../lib/api';
import { useAppStore } from '../../stores/appStore';
import { useUiStore } from '../../stores/uiStore';
import { useReplayStore } from '../replay';
import { useTestsStore } from '../testSuites';
import { unwatchCopy, watchComparison } from './comparisonCleanup';

type Busy = 'open' | 'save' | 'try' | 'discard' | 'preview' | 'push';

interface Opened {
  assistant: Assistant;
  versions: AssistantVersion[];
  unwritableTools: JsonValue[];
}

interface LabState {
  assistantId: number | null;
  opened: Opened | null;
  /** What the person edits; `saved` is the version it was last saved as or restored from. */
  draft: AssistantDraft | null;
  savedDraft: AssistantDraft | null;
  busy: Busy | null;
  /** The last action's failure, shown beside what was tried. */
  error: { action: Busy; error: AppError } | null;
  plan: PushPlan | null;
  /** The scratch copies open in the playground now, beside the original (one per model tried). */
  scratch: ScratchCopy[];
  leftovers: ScratchCopy[];
  models: AssistantModel[];
  languages: AssistantLanguage[];
  /** Two versions compared (older first), or one against the draft. */
  compared: { left: string; right: string | 'draft' } | null;
  open(assistantId: number): Promise<void>;
  edit(patch: Partial<AssistantDraft>): void;
  restore(versionId: string): void;
  compare(left: string, right: string | 'draft'): void;
  saveDraft(note: string): Promise<void>;
  /**
   * A scratch copy of the draft per model (the draft's own when none are given), then the original and the copies
   * side by side in a new session of the playground — a replay script played into all of them, or a test suite run
   * on all of them (shown in the Tests view), when one is given.
   */
  tryDraft(options?: {
    models?: readonly AssistantModel[];
    script?: ReplayScript | null;
    suiteId?: string | null;
  }): Promise<void>;
  discard(copy: ScratchCopy): Promise<void>;
  previewPush(): Promise<void>;
  push(note: string, overrideConflicts: boolean): Promise<void>;
  loadLeftovers(): Promise<void>;
  /** The account's LLMs and languages, what the draft's model and language are chosen from. */
  loadCatalogue(): Promise<void>;
}

export const isDirty = (state: Pick<LabState, 'draft' | 'savedDraft'>) =>
  state.draft !== null && !sameJson(state.draft, state.savedDraft ?? undefined);

/** The panes of a comparison: the original, then each copy (named with its model when several were tried). */
const comparisonTargets = (
  original: Assistant,
  copies: readonly { copy: ScratchCopy; model: AssistantModel | null }[],
) => [
  { assistant: { id: original.id, uuid: original.uuid, name: original.name }, title: original.name },
  ...copies.map(({ copy, model }) => ({
    assistant: { id: copy.assistantId, uuid: copy.uuid, name: copy.name },
    title: model ? `${copy.name} · ${model.name}` : copy.name,
  })),
];

/**
 * Opens the original and the copies side by side in a new session (so that the person's own session is left as it
 * is): a replay script plays into all of them, with the playground's turn-aligned comparison; without one, the
 * panes start empty with broadcast on, so each message goes to all.
 */
const showSideBySide = async (
  original: Assistant,
  copies: readonly { copy: ScratchCopy; model: AssistantModel | null }[],
  script: ReplayScript | null,
  suiteId: string | null,
) => {
  const failed = await useAppStore.getState().createSession(copies[0]?.copy.name ?? original.name);
  if (failed) return failed;
  const targets = comparisonTargets(original, copies);
  const ui = useUiStore.getState();
  if (script) {
    useReplayStore.getState().start(
      script,
      targets.map((target) => ({
        ...target,
        conversationType: 'test' as const,
        variables: script.variables,
      })),
    );
  } else {
    for (const target of targets) useAppStore.getState().addPane({ ...target, conversationType: 'test' });
    if (!ui.broadcast) ui.toggleBroadcast();
  }
  if (suiteId) {
    // The suite's matrix shows the original and each copy side by side; the panes stay open for typing.
    ui.setView('tests');
    const tests = useTestsStore.getState();
    await tests.select(suiteId);
    // By integer id, which a copy always has (its uuid is read after it was made).
    void tests.run(suiteId, [original.id, ...copies.map(({ copy }) => copy.assistantId)].map(String));
  } else ui.setView('playground');
  return null;
};

/** The prompt lab's state: one assistant open, its draft, versions, push preview and scratch copy. */
export const useLabStore = create<LabState>((set, get) => {
  /** Runs one action with its busy mark; a failure is kept for the view and the action's result dropped. */
  const act = async <T>(
    action: Busy,
    run: () => Promise<{ ok: true; data: T } | { ok: false; error: AppError }>,
  ) => {
    set({ busy: action, error: null });
    const result = await run();
    set({ busy: null, ...(result.ok ? {} : { error: { action, error: result.error } }) });
    return result.ok ? result.data : null;
  };
  return {
    assistantId: null,
    opened: null,
    draft: null,
    savedDraft: null,
    busy: null,
    error: null,
    plan: null,
    scratch: [],
    leftovers: [],
    models: [],
    languages: [],
    compared: null,
    async open(assistantId) {
      set({ assistantId, opened: null, draft: null, savedDraft: null, plan: null, compared: null });
      const opened = await act('open', () => call('lab:open', { assistantId }));
      if (!opened || get().assistantId !== assistantId) return;
      // A draft saved last goes on where it was left; after a push (or none), the assistant as Famulor has it now.
      const latest = opened.versions.at(-1);
      const draft = latest?.kind === 'draft' ? latest.draft : opened.current;
      set({ opened, draft, savedDraft: draft });
    },
    edit: (patch) => set((state) => (state.draft ? { draft: { ...state.draft, ...patch }, plan: null } : {})),
    restore(versionId) {
      const version = get().opened?.versions.find((candidate) => candidate.id === versionId);
      if (version) set({ draft: version.draft, plan: null });
    },
    compare: (left, right) => set({ compared: { left, right } }),
    async saveDraft(note) {
      const { assistantId, draft } = get();
      if (assistantId === null || !draft) return;
      const version = await act('save', () => call('lab:saveDraft', { assistantId, draft, note }));
      if (!version) return;
      set((state) => ({
        savedDraft: version.draft,
        opened: state.opened && { ...state.opened, versions: [...state.opened.versions, version] },
      }));
    },
    async tryDraft({ models = [], script = null, suiteId = null } = {}) {
      const { assistantId, draft, opened } = get();
      if (assistantId === null || !draft || !opened) return;
      const tried = models.length > 0 ? models : [null];
      const copies: { copy: ScratchCopy; model: AssistantModel | null }[] = [];
      for (const model of tried) {
        const copy = await act('try', () =>
          call('lab:try', { assistantId, draft: model ? { ...draft, llmModelId: model.id } : draft }),
        );
        if (!copy) break;
        copies.push({ copy, model });
        set((state) => ({ scratch: [...state.scratch, copy], leftovers: [...state.leftovers, copy] }));
      }
      if (copies.length === 0) return;
      const failure = get().error;
      const failed = await showSideBySide(opened.assistant, copies, script, suiteId);
      const sessionId = useAppStore.getState().sessions.current?.id;
      if (!failed && sessionId)
        watchComparison(
          sessionId,
          copies.map(({ copy }) => copy),
          (copy) => get().discard(copy),
        );
      if (failed) set({ error: { action: 'try', error: failed } });
      else if (failure) set({ error: failure });
    },
    async discard(copy) {
      unwatchCopy(copy.assistantId);
      const done = await act('discard', () => call('lab:discard', { assistantId: copy.assistantId }));
      if (!done) return;
      set((state) => ({
        scratch: state.scratch.filter((open) => open.assistantId !== copy.assistantId),
        leftovers: state.leftovers.filter((left) => left.assistantId !== copy.assistantId),
      }));
    },
    async previewPush() {
      const { assistantId, draft } = get();
      if (assistantId === null || !draft) return;
      const plan = await act('preview', () => call('lab:previewPush', { assistantId, draft }));
      if (plan) set({ plan });
    },
    async push(note, overrideConflicts) {
      const { assistantId, draft } = get();
      if (assistantId === null || !draft) return;
      const pushed = await act('push', () =>
        call('lab:push', { assistantId, draft, note, overrideConflicts }),
      );
      if (!pushed) return;
      set((state) => ({
        plan: null,
        draft: pushed.version.draft,
        savedDraft: pushed.version.draft,
        opened: state.opened && { ...state.opened, versions: [...state.opened.versions, pushed.version] },
      }));
    },
    async loadLeftovers() {
      const result = await call('lab:leftovers', {});
      if (result.ok) set({ leftovers: result.data });
    },
    async loadCatalogue() {
      const [models, languages] = await Promise.all([
        call('lab:models', { type: 'llm' }),
        call('lab:languages', {}),
      ]);
      if (models.ok) set({ models: models.data });
      if (languages.ok) set({ languages: languages.data });
    },
  };
});
