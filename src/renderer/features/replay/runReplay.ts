import type { AppError } from '../../../shared/result';

/** Sends one message to one pane and resolves once its reply (or failure) is in the transcript. */
export type SendToPane = (
  paneId: string,
  message: string,
  signal: AbortSignal,
) => Promise<{ ok: true } | { ok: false; error: AppError }>;

export interface ReplayProgress {
  /** Messages whose replies arrived in every pane. */
  completed: number;
  total: number;
}

export type ReplayOutcome =
  | { status: 'done'; completed: number }
  | { status: 'cancelled'; completed: number }
  | { status: 'failed'; completed: number; paneId: string; error: AppError };

export interface ReplayRun {
  messages: readonly string[];
  paneIds: readonly string[];
  send: SendToPane;
  signal: AbortSignal;
  onProgress(progress: ReplayProgress): void;
}

/**
 * Plays a script's messages in order. Each message goes to all panes at once (they are independent
 * conversations) and the next one waits until every pane has its reply, so turns line up for the diff.
 * The first failure stops the run: later turns would compare against a conversation that went elsewhere.
 */
export const runReplay = async ({
  messages,
  paneIds,
  send,
  signal,
  onProgress,
}: ReplayRun): Promise<ReplayOutcome> => {
  const total = messages.length;
  onProgress({ completed: 0, total });
  for (const [index, message] of messages.entries()) {
    if (signal.aborted) return { status: 'cancelled', completed: index };
    const results = await Promise.all(
      paneIds.map(async (paneId) => ({ paneId, result: await send(paneId, message, signal) })),
    );
    if (signal.aborted) return { status: 'cancelled', completed: index };
    const failure = results.find(({ result }) => !result.ok);
    if (failure && !failure.result.ok) {
      if (failure.result.error.code === 'cancelled') return { status: 'cancelled', completed: index };
      return { status: 'failed', completed: index, paneId: failure.paneId, error: failure.result.error };
    }
    onProgress({ completed: index + 1, total });
  }
  return { status: 'done', completed: total };
};
