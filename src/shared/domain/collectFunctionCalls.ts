import type { FunctionCall } from './famulor';

/** What a message needs for its calls to be listed: a pane's transcript entry and a thread's history entry both are. */
export interface MessageWithCalls {
  role: string;
  content: string;
  functionCalls: readonly FunctionCall[];
}

export interface CollectedCall<M extends MessageWithCalls> {
  call: FunctionCall;
  message: M;
  /** The message's place in the list it came from. */
  messageIndex: number;
  /** The call's place in its message. */
  position: number;
  /** The n-th user message this call answers (1-based); 0 for calls made before the first user message. */
  turn: number;
  /** The start of what the message said, for the "in reply" link. */
  excerpt: string;
}

const EXCERPT_LENGTH = 80;

export const excerptOf = (text: string) =>
  text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…` : text;

/**
 * Every function call of a conversation in message order, each with the message that made it and its turn. The one
 * walk behind the playground's inspector and the thread reader's call list.
 */
export const collectFunctionCalls = <M extends MessageWithCalls>(
  messages: readonly M[],
): CollectedCall<M>[] => {
  const calls: CollectedCall<M>[] = [];
  let turn = 0;
  messages.forEach((message, messageIndex) => {
    if (message.role === 'user') turn += 1;
    message.functionCalls.forEach((call, position) => {
      calls.push({ call, message, messageIndex, position, turn, excerpt: excerptOf(message.content) });
    });
  });
  return calls;
};
