import { useCallback, useEffect, useState } from 'react';
import type { WhatsAppSender, WhatsAppSession } from '../../../../shared/domain/whatsapp';
import type { AppError } from '../../../../shared/result';
import { call } from '../../../lib/api';

/** How often the window is read again while the composer is open: the countdown itself runs locally. */
export const SESSION_REFRESH_MS = 60_000;

type Loaded<T> = { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; error: AppError };
type Settled<T> = Exclude<Loaded<T>, { status: 'loading' }>;
type SessionRead = { session: WhatsAppSession; readAtMs: number };

export interface ReplyDesk {
  senders: Loaded<WhatsAppSender[]>;
  sender: WhatsAppSender | null;
  chooseSender(id: number): void;
  /** The window with this customer, and when it was read (the countdown's start); null until the first answer. */
  session: Settled<SessionRead> | null;
  readSession(): Promise<void>;
  /** A send answered the window after it: no need to ask again. */
  noteWindow(session: WhatsAppSession['window']): void;
}

/** The sender a thread came in on, else the only online one: what the agent would pick anyway. */
const senderFor = (senders: WhatsAppSender[], phone: string | null): WhatsAppSender | null =>
  senders.find((sender) => sender.phoneNumber === phone) ??
  (phone === null && senders.filter((sender) => sender.status === 'online').length === 1
    ? (senders.find((sender) => sender.status === 'online') ?? null)
    : null);

const fetchSession = async (senderId: number, recipientPhone: string): Promise<Settled<SessionRead>> => {
  const result = await call('whatsapp:session', { senderId, recipientPhone });
  return result.ok
    ? { status: 'ready', data: { session: result.data, readAtMs: Date.now() } }
    : { status: 'error', error: result.error };
};

/** The account's senders, the one this thread uses, and the 24-hour window with its customer. */
export const useReplyDesk = (senderPhone: string | null, customerPhone: string | null): ReplyDesk => {
  const [senders, setSenders] = useState<Loaded<WhatsAppSender[]>>({ status: 'loading' });
  const [chosenId, setChosenId] = useState<number | null>(null);
  /** Kept with the sender it was read for: another sender's window is never shown as this one's. */
  const [read, setRead] = useState<{ senderId: number; value: Settled<SessionRead> } | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    void call('whatsapp:senders', { status: 'all' }, { signal: controller.signal }).then((result) => {
      if (controller.signal.aborted) return;
      setSenders(
        result.ok ? { status: 'ready', data: result.data } : { status: 'error', error: result.error },
      );
    });
    return () => controller.abort();
  }, []);

  const list = senders.status === 'ready' ? senders.data : [];
  const sender = list.find((candidate) => candidate.id === chosenId) ?? senderFor(list, senderPhone);
  const senderId = sender?.id ?? null;

  const readSession = useCallback(async () => {
    if (senderId === null || customerPhone === null) return;
    setRead({ senderId, value: await fetchSession(senderId, customerPhone) });
  }, [senderId, customerPhone]);

  useEffect(() => {
    if (senderId === null || customerPhone === null) return;
    let live = true;
    const read = () =>
      void fetchSession(senderId, customerPhone).then((value) => {
        if (live) setRead({ senderId, value });
      });
    read();
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') read();
    }, SESSION_REFRESH_MS);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, [senderId, customerPhone]);

  const noteWindow = useCallback(
    (window: WhatsAppSession['window']) =>
      setRead((current) =>
        current?.value.status === 'ready'
          ? {
              senderId: current.senderId,
              value: {
                status: 'ready',
                data: { session: { ...current.value.data.session, window }, readAtMs: Date.now() },
              },
            }
          : current,
      ),
    [],
  );

  const session = read !== null && read.senderId === senderId ? read.value : null;
  return { senders, sender, chooseSender: setChosenId, session, readSession, noteWindow };
};
