import type { StateCreator } from 'zustand';
import type { HistoryEntry } from '../../shared/domain/famulor';
import type { AppState } from './appStore';

/**
 * What a person sent a customer from this app, per conversation: Famulor's history has no author (a person's
 * message is an assistant entry like the AI's), so the reader marks the entries these match.
 */
export interface PersonReply {
  text: string;
  /** The history's length when it was sent: the entry is at this index or later. */
  fromIndex: number;
}

export interface PersonRepliesSlice {
  personReplies: Readonly<Record<string, readonly PersonReply[]>>;
  notePersonReply(conversationId: string, reply: PersonReply): void;
}

export const createPersonRepliesSlice: StateCreator<AppState, [], [], PersonRepliesSlice> = (set) => ({
  personReplies: {},
  notePersonReply: (conversationId, reply) =>
    set((state) => ({
      personReplies: {
        ...state.personReplies,
        [conversationId]: [...(state.personReplies[conversationId] ?? []), reply],
      },
    })),
});

const NO_REPLIES: readonly PersonReply[] = [];
export const selectPersonReplies = (conversationId: string) => (state: AppState) =>
  state.personReplies[conversationId] ?? NO_REPLIES;

/** The indices of the entries a person sent: each reply marks the first assistant entry with its text from its index. */
export const personEntryIndices = (
  history: readonly HistoryEntry[],
  replies: readonly PersonReply[],
): ReadonlySet<number> => {
  const marked = new Set<number>();
  for (const reply of replies) {
    for (let index = reply.fromIndex; index < history.length; index += 1) {
      const entry = history[index];
      if (!marked.has(index) && entry?.role === 'assistant' && entry.content === reply.text) {
        marked.add(index);
        break;
      }
    }
  }
  return marked;
};
