import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/result';
import { describeError } from '../../../lib/describeError';
import { useAppStore } from '../../../stores/appStore';
import type { PersonReply } from '../../../stores/personRepliesSlice';
import type { OpenThread } from '../../../stores/threadsSlice';
import { selectActiveProfile } from '../../../stores/profilesSlice';
import { DemoCustomerControls } from './DemoCustomerControls';
import { FreeformComposer } from './FreeformComposer';
import { windowStateAt } from './replyWindow';
import { TemplateComposer } from './TemplateComposer';
import { useClock } from './useClock';
import { useReplyDesk } from './useReplyDesk';
import { WindowStatus } from './WindowStatus';
import './humanReply.css';

/**
 * A person answering the customer of a taken-over WhatsApp thread: from the sender the thread came in on, freeform
 * while the 24-hour window is open (a live countdown), an approved template when it is closed. What was sent is
 * marked in the thread, which is read again after each send.
 */
export const HumanReplyPanel = ({ thread }: { thread: OpenThread }) => {
  const { t } = useTranslation();
  const notePersonReply = useAppStore((state) => state.notePersonReply);
  const pollThread = useAppStore((state) => state.pollOpenThread);
  const onDemo = useAppStore((state) => selectActiveProfile(state)?.kind === 'simulator');
  const customer = thread.detail?.customer ?? thread.summary?.customer ?? null;
  const senderPhone = thread.detail?.whatsappSender?.phone ?? thread.summary?.whatsappSender?.phone ?? null;
  const customerPhone = customer?.phone ?? null;
  const desk = useReplyDesk(senderPhone, customerPhone);
  const ready = desk.session?.status === 'ready' ? desk.session.data : null;
  const open = ready?.session.window.canSendFreeform ?? false;
  const now = useClock(open);
  const state = ready ? windowStateAt(ready.session.window, ready.readAtMs, now) : null;
  const outgoing = useRef<PersonReply | null>(null);
  const [templatesOpen, setTemplatesOpen] = useState(false);
  const historyLength = thread.detail?.history.length ?? 0;

  if (thread.aiEnabled !== false) return <p className="human-reply__note">{t('whatsappReply.aiOn')}</p>;
  if (customerPhone === null) return <p className="human-reply__note">{t('whatsappReply.noCustomer')}</p>;

  const sending = (text: string) => {
    outgoing.current = { text, fromIndex: historyLength };
  };
  /** Sent, or perhaps sent: marked where it shows up, and the thread read again to show it. */
  const landed = () => {
    if (outgoing.current) notePersonReply(thread.conversationId, outgoing.current);
    outgoing.current = null;
    void pollThread();
  };
  const failed = (error: AppError, unsure: boolean) => {
    if (unsure) landed();
    if (error.reason === 'whatsapp_session_expired') void desk.readSession();
  };

  const sender = desk.sender;
  const senderReady = sender !== null && sender.status === 'online';
  const customerLabel = customer?.name ?? customerPhone;

  return (
    <section className="human-reply" data-testid="human-reply" aria-label={t('whatsappReply.tab')}>
      <p className="human-reply__intro">{t('whatsappReply.intro', { customer: customerLabel })}</p>
      {desk.senders.status === 'loading' && (
        <p role="status">
          <span className="spinner" aria-hidden />
          {t('whatsappReply.loadingSenders')}
        </p>
      )}
      {desk.senders.status === 'error' && (
        <p className="inline-error" role="alert">
          {describeError(t, desk.senders.error)}
        </p>
      )}
      {desk.senders.status === 'ready' && desk.senders.data.length === 0 && (
        <p>{t('whatsappReply.noSenders')}</p>
      )}
      {desk.senders.status === 'ready' && desk.senders.data.length > 0 && (
        <label className="form-field">
          <span className="form-field__label">{t('whatsappReply.sender')}</span>
          <select
            className="field"
            data-testid="reply-sender"
            value={sender?.id ?? ''}
            onChange={(event) => desk.chooseSender(Number(event.target.value))}
          >
            {sender === null && <option value="">{t('whatsappReply.pickSender')}</option>}
            {desk.senders.data.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.displayName} · {candidate.phoneNumber} · {candidate.status}
              </option>
            ))}
          </select>
          {sender === null && senderPhone !== null && (
            <span className="form-field__hint">
              {t('whatsappReply.senderUnknown', { phone: senderPhone })}
            </span>
          )}
        </label>
      )}
      {sender !== null && sender.status !== 'online' && (
        <p className="inline-error" role="alert" data-testid="reply-sender-offline">
          {t('whatsappReply.senderOffline', { name: sender.displayName, phone: sender.phoneNumber })}
        </p>
      )}
      {sender !== null && desk.session === null && (
        <p role="status">
          <span className="spinner" aria-hidden />
          {t('whatsappReply.loadingWindow')}
        </p>
      )}
      {desk.session?.status === 'error' && (
        <p className="inline-error" role="alert" data-testid="reply-window-error">
          {describeError(t, desk.session.error)}
        </p>
      )}
      {sender !== null && state && (
        <>
          <WindowStatus state={state} onCheck={() => void desk.readSession()} />
          {/* Kept while the window is closed too: what was typed (and why it did not go) stays on screen. */}
          <FreeformComposer
            senderId={sender.id}
            recipientPhone={customerPhone}
            canSend={senderReady && state.kind === 'open'}
            onSending={sending}
            onSent={(sent) => {
              if (sent.window) desk.noteWindow(sent.window);
              landed();
            }}
            onFailed={failed}
          />
          {/* Templates can go at any time: unfolded while the window is closed and until folded away by hand. */}
          <details
            className="reply-templates-box"
            open={templatesOpen || state.kind !== 'open'}
            onToggle={(event) => setTemplatesOpen(event.currentTarget.open)}
            data-testid="reply-templates-box"
          >
            <summary>{t('whatsappReply.templates')}</summary>
            <TemplateComposer
              key={sender.id}
              senderId={sender.id}
              recipientPhone={customerPhone}
              recipientName={customer?.name ?? null}
              canSend={senderReady}
              onSending={sending}
              onSent={() => {
                landed();
                void desk.readSession();
              }}
              onFailed={failed}
            />
          </details>
        </>
      )}
      {onDemo && (
        <DemoCustomerControls
          conversationId={thread.conversationId}
          onChanged={() => {
            void pollThread();
            void desk.readSession();
          }}
        />
      )}
    </section>
  );
};
