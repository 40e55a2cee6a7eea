import type { AssistantReply, HistoryEntry, SentMessage } from '../../shared/domain/famulor';
import { AppFailure, type AppError } from '../../shared/result';
import type { CallOptions, FamulorClient } from './client';
import { abortableSleep, type Sleep } from './sleep';

export interface ReconciledSendInput {
  conversationId: string;
  message: string;
  /** How many user messages the conversation had before this one: where this one must appear in the history. */
  userMessagesBefore: number;
}

export interface ReconcileOptions {
  /** Pauses between reads of the history while the reply is not there yet. */
  readDelaysMs?: readonly number[];
  sleep?: Sleep;
}

/** Reads of the history after an ambiguous failure: at once, then after these pauses. */
const DEFAULT_READ_DELAYS_MS = [1_000, 2_000, 4_000];

/**
 * Failures after which the message may have been processed and billed all the same: the connection died or
 * the answer did not arrive in time after the request went out, or the server failed while answering.
 * A 4xx or a 429 was refused before anything happened; a cancel is the person's decision.
 */
const isAmbiguous = (error: AppError): boolean =>
  error.code === 'network' ||
  error.code === 'timeout' ||
  (error.code === 'server' && (error.status ?? 500) >= 500);

type Found = { kind: 'answered'; reply: AssistantReply } | { kind: 'pending' } | { kind: 'absent' };

/** Whether the history holds this message at its place, and the reply that follows it. */
export const findSentMessage = (history: HistoryEntry[], input: ReconciledSendInput): Found => {
  let users = 0;
  for (let index = 0; index < history.length; index += 1) {
    const entry = history[index];
    if (entry?.role !== 'user') continue;
    users += 1;
    if (users <= input.userMessagesBefore) continue;
    if (entry.content.trim() !== input.message.trim()) return { kind: 'absent' };
    const reply = history[index + 1];
    return reply?.role === 'assistant'
      ? { kind: 'answered', reply: { message: reply.content, functionCalls: reply.functionCalls } }
      : { kind: 'pending' };
  }
  return { kind: 'absent' };
};

/**
 * Sends a (billed) message; after an ambiguous failure it reads the conversation back before anyone may
 * press Retry. If Famulor has the message, its reply from the history is the answer and nothing is sent
 * again; only if it has not — or the history cannot be read — does the original failure reach the pane,
 * whose Retry is then safe.
 */
export const sendMessageReconciled = async (
  client: FamulorClient,
  input: ReconciledSendInput,
  callOptions: CallOptions = {},
  options: ReconcileOptions = {},
): Promise<SentMessage> => {
  try {
    const reply = await client.sendMessage(
      { conversationId: input.conversationId, message: input.message },
      callOptions,
    );
    return { ...reply, recovered: false };
  } catch (error) {
    if (!(error instanceof AppFailure) || !isAmbiguous(error.error)) throw error;
    const sleep = options.sleep ?? abortableSleep;
    const delays = options.readDelaysMs ?? DEFAULT_READ_DELAYS_MS;
    let lastFound: Found['kind'] | null = null;
    for (let read = 0; read <= delays.length; read += 1) {
      if (read > 0) await sleep(delays[read - 1] ?? 0, callOptions.signal);
      let found: Found;
      try {
        const { history } = await client.getConversation(
          { conversationId: input.conversationId },
          callOptions,
        );
        found = findSentMessage(history, input);
        lastFound = found.kind;
      } catch (readError) {
        // A read that failed tells nothing; a cancel ends the wait.
        if (readError instanceof AppFailure && readError.error.code === 'cancelled') throw readError;
        continue;
      }
      if (found.kind === 'answered') return { ...found.reply, recovered: true };
      if (found.kind === 'absent') throw error;
    }
    if (lastFound === 'pending') {
      // Famulor has (and billed) the message but no reply yet: sending it again would bill it twice, so the
      // pane gets the message as delivered with an empty reply rather than a Retry.
      return { message: '', functionCalls: [], recovered: true };
    }
    throw error;
  }
};
