import type { SessionCommand } from '../../shared/domain/sessionCommands';
import type { AppError } from '../../shared/result';
import { call } from '../lib/api';

/** A draft reaches main at most this often while the person types; main coalesces the writes to disk. */
export const DRAFT_INTERVAL_MS = 250;
/** After the host did not answer, the changes are kept and offered again this much later. */
export const RETRY_AFTER_MS = 2000;

export interface SyncOutcome {
  sessionId: string;
  revision: number;
  /** Main's revision moved by more than this batch: another window changed the session as well. */
  diverged: boolean;
}

export interface SessionSync {
  /** Starts from what main said the session's revision is (when it is opened). */
  open(sessionId: string, revision: number): void;
  /**
   * Queues changes of a session: drafts go at most every DRAFT_INTERVAL_MS, anything else at once. Changes of
   * another session than the queued ones send those first.
   */
  push(sessionId: string, commands: readonly SessionCommand[]): void;
  /** Sends what is queued now and waits until main has answered every batch; answers the last batch's error. */
  flush(): Promise<AppError | null>;
  /**
   * Sends what is queued at once, without waiting for a batch in flight: the page is being hidden or closed,
   * and a later turn of the event loop may never come.
   */
  flushNow(): void;
  /** Something is queued or on its way. */
  isPending(): boolean;
  /** Changes not yet answered by main, oldest first (to apply again on top of a fresh copy). */
  unconfirmed(): SessionCommand[];
  /** Drops what is queued and the revision: the session was replaced on disk (an import) and is read again. */
  discard(): void;
}

type DraftCommand = Extract<SessionCommand, { type: 'setDraft' }>;
const isDraft = (command: SessionCommand): command is DraftCommand => command.type === 'setDraft';

/**
 * Sends the open session's changes to main as commands (sessions:apply), one batch at a time so that main applies
 * them in the order they were made. Consecutive drafts of a pane collapse into the newest: a second of typing is a
 * few small calls, never the whole session.
 */
export interface SessionSyncEvents {
  onAnswered(outcome: SyncOutcome): void;
  /**
   * Main refused a batch (`kept` false: it is dropped, the session as main has it is the truth) or could not be
   * reached (`kept` true: the batch waits for the next try, nothing typed is lost).
   */
  onFailed(error: AppError, kept: boolean): void;
}

/** The host or the IPC did not answer: the changes did not arrive and may be sent again. */
const unreached = (error: AppError) => error.code === 'network';

export const createSessionSync = (
  { onAnswered, onFailed }: SessionSyncEvents,
  now: () => number = Date.now,
): SessionSync => {
  let sessionId: string | null = null;
  /** Main's revision as last heard of; null until the session was opened or answered once. */
  let revision: number | null = null;
  let queue: SessionCommand[] = [];
  let inFlight: { commands: SessionCommand[]; done: Promise<AppError | null> } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastSentAt = Number.NEGATIVE_INFINITY;

  const clearTimer = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };

  const send = (): Promise<AppError | null> => {
    clearTimer();
    if (!sessionId || queue.length === 0) return Promise.resolve(null);
    const id = sessionId;
    const commands = queue;
    const expected = revision === null ? null : revision + 1;
    queue = [];
    lastSentAt = now();
    const done = call('sessions:apply', { id, commands }).then((result) => {
      if (inFlight?.done === done) inFlight = null;
      if (!result.ok) {
        const kept = unreached(result.error) && id === sessionId;
        if (kept) {
          queue = [...commands, ...queue];
          clearTimer();
          timer = setTimeout(() => {
            timer = null;
            void sendAfterInFlight();
          }, RETRY_AFTER_MS);
        }
        onFailed(result.error, kept);
        return result.error;
      }
      if (id === sessionId) {
        revision = result.data.revision;
        onAnswered({
          sessionId: id,
          revision: result.data.revision,
          diverged: expected !== null && result.data.revision !== expected,
        });
      }
      return null;
    });
    inFlight = { commands, done };
    return done;
  };

  const sendAfterInFlight = async (): Promise<AppError | null> => {
    while (inFlight) await inFlight.done;
    return send();
  };

  /** Appends commands, collapsing a draft into the draft of the same pane just before it. */
  const enqueue = (commands: readonly SessionCommand[]) => {
    for (const command of commands) {
      const last = queue.at(-1);
      if (isDraft(command) && last && isDraft(last) && last.paneId === command.paneId) {
        queue[queue.length - 1] = command;
      } else {
        queue.push(command);
      }
    }
  };

  const schedule = () => {
    if (timer) return;
    const onlyDrafts = queue.every(isDraft);
    const wait = onlyDrafts ? Math.max(0, lastSentAt + DRAFT_INTERVAL_MS - now()) : 0;
    timer = setTimeout(() => {
      timer = null;
      void sendAfterInFlight();
    }, wait);
  };

  return {
    open(id, startRevision) {
      if (id !== sessionId) void send();
      sessionId = id;
      revision = startRevision;
    },
    push(id, commands) {
      if (id !== sessionId) {
        void send();
        sessionId = id;
        revision = null;
      }
      enqueue(commands);
      // A change other than a draft goes at once, so it is not held behind the typing throttle.
      if (timer && !commands.every(isDraft)) clearTimer();
      schedule();
    },
    flush: sendAfterInFlight,
    flushNow() {
      // A batch of drafts still on its way may be cancelled with the page; drafts can be sent twice safely, so it
      // goes again with the rest (a batch with other changes is not repeated: an entry must not be added twice).
      const retyped = inFlight?.commands.every(isDraft) ? inFlight.commands : [];
      if (retyped.length > 0) {
        const queued = queue;
        queue = [];
        enqueue(retyped);
        enqueue(queued);
      }
      void send();
    },
    isPending: () => queue.length > 0 || inFlight !== null,
    unconfirmed: () => [...(inFlight?.commands ?? []), ...queue],
    discard() {
      clearTimer();
      queue = [];
      // The session is read again from disk, with the revision it has there.
      revision = null;
    },
  };
};
