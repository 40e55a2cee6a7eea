import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WhatsAppSent } from '../../../../shared/domain/whatsapp';
import { MAX_WHATSAPP_MESSAGE_LENGTH } from '../../../../shared/limits';
import type { AppError } from '../../../../shared/result';
import { characterCount } from '../../../../shared/text';
import { call } from '../../../lib/api';
import { describeError } from '../../../lib/describeError';
import { formatTime } from '../../../lib/dateTime';
import { answerMayBeLost } from './lostAnswer';

type Phase =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'sent'; at: string }
  | { kind: 'failed'; error: AppError; unsure: boolean };

interface FreeformComposerProps {
  senderId: number;
  recipientPhone: string;
  /** False while the window is closed or the sender offline: the text can still be written. */
  canSend: boolean;
  onSending(text: string): void;
  onSent(sent: WhatsAppSent): void;
  /** Famulor refused (or the answer was lost): what the panel reads again. */
  onFailed(error: AppError, unsure: boolean): void;
}

/** The freeform message, counted in characters as WhatsApp counts them; a failed send keeps its text. */
export const FreeformComposer = ({
  senderId,
  recipientPhone,
  canSend,
  onSending,
  onSent,
  onFailed,
}: FreeformComposerProps) => {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState('');
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const count = characterCount(text);
  const tooLong = count > MAX_WHATSAPP_MESSAGE_LENGTH;
  const sendable = canSend && !tooLong && text.trim() !== '' && phase.kind !== 'sending';

  const send = async () => {
    if (!sendable) return;
    const message = text;
    setPhase({ kind: 'sending' });
    onSending(message);
    const result = await call('whatsapp:sendFreeform', { senderId, recipientPhone, message });
    if (result.ok) {
      // Only now: whatever was typed while it was on its way stays.
      setText((current) => (current === message ? '' : current));
      setPhase({ kind: 'sent', at: new Date().toISOString() });
      onSent(result.data);
      return;
    }
    const unsure = answerMayBeLost(result.error);
    setPhase({ kind: 'failed', error: result.error, unsure });
    onFailed(result.error, unsure);
  };

  return (
    <form
      className="reply-composer"
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <label className="form-field">
        <span className="form-field__label">{t('whatsappReply.message')}</span>
        <textarea
          className="field"
          rows={4}
          data-testid="reply-message"
          value={text}
          aria-invalid={tooLong}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.metaKey || event.ctrlKey) && !event.nativeEvent.isComposing) {
              event.preventDefault();
              void send();
            }
          }}
        />
        <span className={tooLong ? 'field-error' : 'form-field__hint'} data-testid="reply-count">
          {tooLong
            ? t('whatsappReply.tooLong', { count, max: MAX_WHATSAPP_MESSAGE_LENGTH })
            : t('whatsappReply.count', { count, max: MAX_WHATSAPP_MESSAGE_LENGTH })}
        </span>
      </label>
      <div className="reply-composer__actions">
        <button
          type="submit"
          className="button button--primary"
          data-testid="reply-send"
          disabled={!sendable}
          title={t('whatsappReply.sendHint')}
        >
          {phase.kind === 'sending' ? t('whatsappReply.sending') : t('whatsappReply.send')}
        </button>
        {phase.kind === 'sent' && (
          <span role="status" data-testid="reply-sent">
            {t('whatsappReply.sent', { time: formatTime(phase.at, i18n.language) })}
          </span>
        )}
      </div>
      {phase.kind === 'failed' && (
        <p className="inline-error" role="alert" data-testid="reply-error">
          {t(phase.unsure ? 'whatsappReply.unsure' : 'whatsappReply.failed', {
            message: describeError(t, phase.error),
          })}
        </p>
      )}
    </form>
  );
};
