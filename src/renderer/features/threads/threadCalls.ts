import type { FunctionCall, HistoryEntry } from '../../../shared/domain/famulor';

export interface ThreadCall {
  /** `<message index>:<position in the message>`, stable while the history is. */
  key: string;
  messageIndex: number;
  call: FunctionCall;
}

export const callKey = (messageIndex: number, position: number) => `${messageIndex}:${position}`;

/** Every function call of the thread in history order, with the message that made it. */
export const collectThreadCalls = (history: readonly HistoryEntry[]): ThreadCall[] =>
  history.flatMap((entry, messageIndex) =>
    entry.functionCalls.map((call, position) => ({
      key: callKey(messageIndex, position),
      messageIndex,
      call,
    })),
  );
