import type { ConversationType, FunctionCall, HistoryEntry, Variables } from '../../shared/domain/famulor';
import type {
  Pane,
  PaneAssistant,
  Session,
  TranscriptEntry,
  TranscriptRole,
} from '../../shared/domain/session';
import { WIDGET_MESSAGE_COST_USD } from '../../shared/limits';

/** The most panes a session shows side by side; more would be too narrow to read. */
export const MAX_PANES = 4;

/** What a new pane is made from: everything a person chooses, nothing the conversation produced. */
export interface PaneSettings {
  assistant: PaneAssistant;
  conversationType: ConversationType;
  variables: Variables;
  title?: string;
}

export const NO_ASSISTANT: PaneAssistant = { id: null, uuid: null, name: '' };

let counter = 0;
/** Short, file-name-safe, unique within a run and across restarts (time-based prefix). */
export const newId = (prefix: string): string =>
  `${prefix}-${Date.now().toString(36)}-${(counter += 1).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export const createPane = (settings: PaneSettings): Pane => ({
  id: newId('pane'),
  title: settings.title ?? '',
  assistant: settings.assistant,
  conversationType: settings.conversationType,
  variables: settings.variables,
  conversationId: null,
  draft: '',
  costUsd: 0,
  transcript: [],
});

export const paneSettings = (pane: Pane): PaneSettings => ({
  assistant: pane.assistant,
  conversationType: pane.conversationType,
  variables: pane.variables,
  title: pane.title,
});

/** A new conversation with the same settings: the transcript, the conversation and its cost start over. */
export const resetPaneState = (pane: Pane): Pane => ({
  ...pane,
  conversationId: null,
  costUsd: 0,
  transcript: [],
});

export const transcriptEntry = (
  role: TranscriptRole,
  content: string,
  at: Date,
  latencyMs: number | null = null,
  functionCalls: FunctionCall[] = [],
): TranscriptEntry => ({ id: newId('msg'), role, content, functionCalls, at: at.toISOString(), latencyMs });

/** The opening history of a new conversation (usually the initial message) as transcript entries. */
export const historyEntries = (history: HistoryEntry[], at: Date, latencyMs: number): TranscriptEntry[] =>
  history.map((entry) =>
    transcriptEntry(
      entry.role === 'user' ? 'user' : entry.role === 'system' ? 'system' : 'assistant',
      entry.content,
      at,
      latencyMs,
      entry.functionCalls,
    ),
  );

/** Widget conversations are billed per user message; test conversations are free (famulor-api.md). */
export const messageCost = (type: ConversationType): number =>
  type === 'widget' ? WIDGET_MESSAGE_COST_USD : 0;

export const addCost = (costUsd: number, type: ConversationType): number =>
  Math.round((costUsd + messageCost(type)) * 100) / 100;

export const emptySession = (name: string): Pick<Session, 'name' | 'notes' | 'selectedView' | 'panes'> => ({
  name,
  notes: '',
  selectedView: 'playground',
  panes: [],
});
