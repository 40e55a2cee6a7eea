import { useCallback, useEffect, useState } from 'react';
import type { ConversationPage, ConversationSummary } from '../../../../shared/domain/famulor';
import type { AppError, Result } from '../../../../shared/result';
import { call } from '../../../lib/api';
import { queueOrder, senderOf, threadsNeedingAPerson, type QueuedThread } from './humanQueue';

/** The pages of WhatsApp threads read for the queue: Famulor cannot filter by the AI's state, so the app does. */
const MAX_PAGES = 5;
const PER_PAGE = 100;

export type QueueState =
  | { status: 'loading' }
  | { status: 'ready'; items: QueuedThread[]; more: boolean }
  | { status: 'error'; error: AppError };

type Listed = Result<{ threads: ConversationSummary[]; more: boolean }>;

const loadThreads = async (signal: AbortSignal): Promise<Listed> => {
  const threads: ConversationSummary[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const result: Result<ConversationPage> = await call(
      'conversation:list',
      { type: 'whatsapp', perPage: PER_PAGE, cursor },
      { signal },
    );
    if (!result.ok) return result;
    threads.push(...result.data.conversations);
    cursor = result.data.nextCursor;
    if (cursor === null) break;
  }
  return { ok: true, data: { threads, more: cursor !== null } };
};

/** Reads the queue: the threads, the account's senders, then each thread's window (paced in main). */
export const useHumanQueue = () => {
  const [state, setState] = useState<QueueState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    void (async () => {
      const [listed, senders] = await Promise.all([
        loadThreads(signal),
        call('whatsapp:senders', { status: 'all' }, { signal }),
      ]);
      if (signal.aborted) return;
      if (!listed.ok) return setState({ status: 'error', error: listed.error });
      const known = senders.ok ? senders.data : [];
      let items: QueuedThread[] = threadsNeedingAPerson(listed.data.threads).map((thread) => ({
        thread,
        sender: senderOf(known, thread),
        session: null,
        readAtMs: 0,
      }));
      setState({ status: 'ready', items: [...items].sort(queueOrder), more: listed.data.more });
      // Each window as it arrives: the list is there at once, the times fill in.
      await Promise.all(
        items.map(async (item) => {
          const phone = item.thread.customer?.phone;
          if (!item.sender || !phone) return;
          const session = await call(
            'whatsapp:session',
            { senderId: item.sender.id, recipientPhone: phone },
            { signal },
          );
          if (signal.aborted || !session.ok) return;
          items = items.map((candidate) =>
            candidate.thread.id === item.thread.id
              ? { ...candidate, session: session.data, readAtMs: Date.now() }
              : candidate,
          );
          setState({ status: 'ready', items: [...items].sort(queueOrder), more: listed.data.more });
        }),
      );
    })();
    return () => controller.abort();
  }, [generation]);

  const reload = useCallback(() => {
    setState({ status: 'loading' });
    setGeneration((value) => value + 1);
  }, []);
  return { state, reload };
};
