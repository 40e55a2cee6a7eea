import type { StateCreator } from 'zustand';
import type { Variables } from '../../shared/domain/famulor';
import type { Pane } from '../../shared/domain/session';
import type { AppState } from './appStore';
import {
  createPane,
  MAX_PANES,
  newId,
  NO_ASSISTANT,
  paneSettings,
  resetPaneState,
  type PaneSettings,
} from './paneModel';
import { variableSetsOf, withoutVariableSet, withVariableSet, type VariableSet } from './variableSets';

/** What a person may change on a pane directly; the conversation, cost and transcript follow from sending. */
export type PanePatch = Partial<
  Pick<Pane, 'assistant' | 'conversationType' | 'variables' | 'title' | 'draft'>
>;

export interface PanesSlice {
  /** Adds a pane to the open session (at most MAX_PANES); returns its id, or null when none was added. */
  addPane(settings?: Partial<PaneSettings>): string | null;
  updatePane(id: string, patch: PanePatch): void;
  /**
   * Changes what the conversation is made from (assistant, type, variables). These are fixed when Famulor
   * creates a conversation, so a pane that already has one starts a new one (as resetPane does).
   */
  configurePane(id: string, settings: Partial<PaneSettings>): void;
  setDraft(id: string, draft: string): void;
  /** A copy of the pane's settings and draft, with a conversation of its own. */
  duplicatePane(id: string): string | null;
  /** A new conversation with the same settings; a message in flight is cancelled. */
  resetPane(id: string): void;
  closePane(id: string): void;
  saveVariableSet(name: string, variables: Variables): void;
  deleteVariableSet(id: string): void;
  /** Gives the panes these variables (configurePane for each). */
  applyVariables(paneIds: string[], variables: Variables): void;
}

const DEFAULT_SETTINGS: PaneSettings = { assistant: NO_ASSISTANT, conversationType: 'test', variables: {} };

export const createPanesSlice: StateCreator<AppState, [], [], PanesSlice> = (_set, get) => {
  const mapPane = (id: string, change: (pane: Pane) => Pane) =>
    get().updateSession((session) => ({
      ...session,
      panes: session.panes.map((pane) => (pane.id === id ? change(pane) : pane)),
    }));
  const insertPane = (settings: PaneSettings, after?: string, draft = ''): string | null => {
    const session = get().sessions.current;
    if (!session || session.panes.length >= MAX_PANES) return null;
    const pane = { ...createPane(settings), draft };
    get().updateSession((current) => {
      const index = after === undefined ? -1 : current.panes.findIndex((item) => item.id === after);
      const panes = [...current.panes];
      panes.splice(index === -1 ? panes.length : index + 1, 0, pane);
      return { ...current, panes };
    });
    return pane.id;
  };

  return {
    addPane(settings = {}) {
      const last = get().sessions.current?.panes.at(-1);
      const base = last ? { ...paneSettings(last), title: '' } : DEFAULT_SETTINGS;
      return insertPane({ ...base, ...settings });
    },
    updatePane: (id, patch) => mapPane(id, (pane) => ({ ...pane, ...patch })),
    configurePane(id, settings) {
      const pane = get().sessions.current?.panes.find((item) => item.id === id);
      if (!pane) return;
      if (pane.conversationId !== null || pane.transcript.length > 0) get().resetPane(id);
      mapPane(id, (current) => ({ ...current, ...settings }));
    },
    setDraft: (id, draft) => mapPane(id, (pane) => (pane.draft === draft ? pane : { ...pane, draft })),
    duplicatePane(id) {
      const pane = get().sessions.current?.panes.find((item) => item.id === id);
      return pane ? insertPane(paneSettings(pane), id, pane.draft) : null;
    },
    resetPane(id) {
      get().cancelPane(id);
      get().forgetPaneRuntime(id);
      mapPane(id, resetPaneState);
    },
    closePane(id) {
      get().cancelPane(id);
      get().forgetPaneRuntime(id);
      get().updateSession((session) => ({
        ...session,
        panes: session.panes.filter((pane) => pane.id !== id),
      }));
    },
    saveVariableSet(name, variables) {
      get().updateSession((session) => ({
        ...session,
        scripts: withVariableSet(session.scripts, { id: newId('vars'), name, variables }),
      }));
    },
    deleteVariableSet(id) {
      get().updateSession((session) => ({ ...session, scripts: withoutVariableSet(session.scripts, id) }));
    },
    applyVariables(paneIds, variables) {
      for (const id of paneIds) get().configurePane(id, { variables });
    },
  };
};

const NO_PANES: Pane[] = [];

/** The open session's panes, in display order. */
export const selectPanes = (state: AppState) => state.sessions.current?.panes ?? NO_PANES;
export const selectPaneIds = (state: AppState) =>
  selectPanes(state)
    .map((pane) => pane.id)
    .join(' ');
export const selectPane = (id: string) => (state: AppState) =>
  selectPanes(state).find((pane) => pane.id === id) ?? null;
/**
 * One pane without its draft: what its header and transcript read. With `useShallow` it keeps its identity while
 * the user types, so a keystroke renders the composer only.
 */
export type PaneWithoutDraft = Omit<Pane, 'draft'>;
export const selectPaneWithoutDraft =
  (id: string) =>
  (state: AppState): PaneWithoutDraft | null => {
    const pane = selectPane(id)(state);
    if (!pane) return null;
    const { draft: _draft, ...rest } = pane;
    return rest;
  };
export const selectDraft = (id: string) => (state: AppState) => selectPane(id)(state)?.draft ?? '';
/** One pane's transcript, oldest first (the messages that were answered; a message in flight is in the runtime). */
export const selectTranscript = (id: string) => (state: AppState) =>
  selectPane(id)(state)?.transcript ?? null;
const setsCache = new WeakMap<object, VariableSet[]>();
const NO_SETS: VariableSet[] = [];
/** The open session's named variable sets (memoised per `scripts` array, so components re-render only on change). */
export const selectVariableSets = (state: AppState): VariableSet[] => {
  const scripts = state.sessions.current?.scripts;
  if (!scripts) return NO_SETS;
  const cached = setsCache.get(scripts) ?? variableSetsOf({ scripts });
  setsCache.set(scripts, cached);
  return cached;
};
