import type { ConversationType, FunctionCall, HistoryEntry, Variables } from '../../shared/domain/famulor';
import type {
  Pane,
  PaneAssistant,
  Session,
  TranscriptEntry,
  TranscriptRole,
} from '../../shared/domain/session';

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
  profileId: null,
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

export const emptySession = (name: string): Pick<Session, 'name' | 'panes'> => ({ name, panes: [] });
