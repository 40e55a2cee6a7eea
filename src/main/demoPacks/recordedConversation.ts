import type { RecordedTurn } from '../../shared/domain/demoPack';
import type { FunctionCall } from '../../shared/domain/famulor';

/** A message as a pane's transcript and Famulor's history both have it. */
export interface SpokenMessage {
  role: string;
  content: string;
  functionCalls: FunctionCall[];
}

/**
 * A conversation as recorded turns: each user message with everything the assistant said and called after it,
 * until the next user message. What the assistant says first (its initial message) is the assistant's own field, and
 * a user message nothing answered (a failed send) is no turn to replay.
 */
export const turnsOf = (messages: readonly SpokenMessage[]): RecordedTurn[] => {
  const turns: RecordedTurn[] = [];
  let current: RecordedTurn | null = null;
  const close = () => {
    if (current && (current.reply !== '' || current.function_calls.length > 0)) turns.push(current);
  };
  for (const message of messages) {
    if (message.role === 'user') {
      close();
      current =
        message.content.trim() === ''
          ? null
          : { user: message.content.trim(), alternatives: [], reply: '', function_calls: [] };
    } else if (message.role === 'assistant' && current) {
      current.reply = current.reply === '' ? message.content : `${current.reply}\n\n${message.content}`;
      current.function_calls.push(...message.functionCalls);
    }
  }
  close();
  return turns;
};
