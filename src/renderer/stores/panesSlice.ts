import type { StateCreator } from 'zustand';
import { MAX_PANES } from '../../shared/domain/applySessionCommand';
import type { Variables } from '../../shared/domain/famulor';
import type { Pane, VariableSet } from '../../shared/domain/session';
import type { PanePatch } from '../../shared/domain/sessionCommands';
import type { AppState } from './appStore';
import { createPane, newId, NO_ASSISTANT, paneSettings, type PaneSettings } from './paneModel';

export type { PanePatch } from '../../shared/domain/sessionCommands';

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
  /**
   * For a pane whose conversation is on another profile's account: a new pane beside it on the active profile,
   * with its type, variables and draft (the draft moves), and its assistant when the active account lists it.
   */
  continueOnActiveProfile(id: string): string | null;
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
  const insertPane = (settings: PaneSettings, afterPaneId: string | null, draft = ''): string | null => {
    const session = get().sessions.current;
    if (!session || session.panes.length >= MAX_PANES) return null;
    const pane = { ...createPane(settings), draft };
    get().changeSession([{ type: 'insertPane', pane, afterPaneId }]);
    return pane.id;
  };

  return {
    addPane(settings = {}) {
      const last = get().sessions.current?.panes.at(-1);
      const base = last ? { ...paneSettings(last), title: '' } : DEFAULT_SETTINGS;
      return insertPane({ ...base, ...settings }, null);
    },
    updatePane: (id, patch) => get().changeSession([{ type: 'patchPane', paneId: id, patch }]),
    configurePane(id, settings) {
      const pane = get().sessions.current?.panes.find((item) => item.id === id);
      if (!pane) return;
      if (pane.conversationId !== null || pane.transcript.length > 0) get().resetPane(id);
      get().changeSession([{ type: 'patchPane', paneId: id, patch: settings }]);
    },
    setDraft: (id, draft) => get().changeSession([{ type: 'setDraft', paneId: id, draft }]),
    duplicatePane(id) {
      const pane = get().sessions.current?.panes.find((item) => item.id === id);
      return pane ? insertPane(paneSettings(pane), id, pane.draft) : null;
    },
    continueOnActiveProfile(id) {
      const pane = get().sessions.current?.panes.find((item) => item.id === id);
      if (!pane) return null;
      const { uuid } = pane.assistant;
      const listed = uuid !== null && get().assistants.list.some((assistant) => assistant.uuid === uuid);
      const settings = { ...paneSettings(pane), assistant: listed ? pane.assistant : NO_ASSISTANT };
      const added = insertPane(settings, id, pane.draft);
      if (added) get().changeSession([{ type: 'setDraft', paneId: id, draft: '' }]);
      return added;
    },
    resetPane(id) {
      get().cancelPane(id);
      get().forgetPaneRuntime(id);
      get().changeSession([{ type: 'resetPane', paneId: id }]);
    },
    closePane(id) {
      get().cancelPane(id);
      get().forgetPaneRuntime(id);
      get().changeSession([{ type: 'removePane', paneId: id }]);
    },
    saveVariableSet(name, variables) {
      get().changeSession([{ type: 'putVariableSet', set: { id: newId('vars'), name, variables } }]);
    },
    deleteVariableSet(id) {
      get().changeSession([{ type: 'deleteVariableSet', id }]);
    },
    applyVariables(paneIds, variables) {
      for (const id of paneIds) get().configurePane(id, { variables });
    },
  };
};

const NO_PANES: Pane[] = [];

/**
 * The profile a pane's conversation is on when that is not the active one (the pane cannot send there), else
 * null.
 */
export const selectPaneOtherProfile = (id: string) => (state: AppState) => {
  const pane = selectPane(id)(state);
  return pane && isOnOtherProfile(pane, state) ? pane.profileId : null;
};
export const isOnOtherProfile = (pane: Pane, state: AppState): boolean =>
  pane.profileId !== null && pane.profileId !== state.profiles.activeId;

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
const NO_SETS: VariableSet[] = [];
/** The open session's named variable sets. */
export const selectVariableSets = (state: AppState): VariableSet[] =>
  state.sessions.current?.variableSets ?? NO_SETS;
