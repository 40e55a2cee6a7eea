import type { RecordedConversation, RecordedTurn } from '../../../shared/domain/demoPack';

/** Pure edits of one assistant's recorded conversations, as the pack editor makes them. */

export const emptyTurn = (): RecordedTurn => ({ user: '', alternatives: [], reply: '', function_calls: [] });

export const editTurn = (
  conversations: RecordedConversation[],
  at: { conversation: number; turn: number },
  patch: Partial<RecordedTurn>,
): RecordedConversation[] =>
  conversations.map((conversation, index) =>
    index !== at.conversation
      ? conversation
      : {
          ...conversation,
          turns: conversation.turns.map((turn, turnIndex) =>
            turnIndex === at.turn ? { ...turn, ...patch } : turn,
          ),
        },
  );

export const addTurn = (
  conversations: RecordedConversation[],
  conversation: number,
): RecordedConversation[] =>
  conversations.map((item, index) =>
    index === conversation ? { ...item, turns: [...item.turns, emptyTurn()] } : item,
  );

/** A conversation's last turn goes with the conversation: the format has none without turns. */
export const removeTurn = (
  conversations: RecordedConversation[],
  at: { conversation: number; turn: number },
): RecordedConversation[] =>
  conversations.flatMap((conversation, index) => {
    if (index !== at.conversation) return [conversation];
    const turns = conversation.turns.filter((_turn, turnIndex) => turnIndex !== at.turn);
    return turns.length > 0 ? [{ ...conversation, turns }] : [];
  });

export const addConversation = (
  conversations: RecordedConversation[],
  title: string,
): RecordedConversation[] => [...conversations, { title, turns: [emptyTurn()] }];

export const renameConversation = (
  conversations: RecordedConversation[],
  conversation: number,
  title: string,
): RecordedConversation[] =>
  conversations.map((item, index) => (index === conversation ? { ...item, title } : item));
