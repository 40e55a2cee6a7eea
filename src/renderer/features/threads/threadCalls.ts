import { collectFunctionCalls, type CollectedCall } from '../../../shared/domain/collectFunctionCalls';
import type { HistoryEntry } from '../../../shared/domain/famulor';

export interface ThreadCall extends CollectedCall<HistoryEntry> {
  /** `<message index>:<position in the message>`, stable while the history is. */
  key: string;
}

export const callKey = (messageIndex: number, position: number) => `${messageIndex}:${position}`;

/** Every function call of the thread in history order, keyed by where it stands. */
export const collectThreadCalls = (history: readonly HistoryEntry[]): ThreadCall[] =>
  collectFunctionCalls(history).map((collected) => ({
    ...collected,
    key: callKey(collected.messageIndex, collected.position),
  }));
