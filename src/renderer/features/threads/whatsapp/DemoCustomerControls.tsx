import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/result';
import { call } from '../../../lib/api';
import { describeError } from '../../../lib/describeError';

interface DemoCustomerControlsProps {
  conversationId: string;
  /** The thread and its window changed in the simulated world: read them again. */
  onChanged(): void;
}

/**
 * The Offline demo only: play the customer's side of a WhatsApp thread (a new message arriving) and let time pass
 * (the 24-hour window running out), so a demo can show every state without waiting a day.
 */
export const DemoCustomerControls = ({ conversationId, onChanged }: DemoCustomerControlsProps) => {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const run = async (action: () => ReturnType<typeof call<'demo:advanceClock'>>) => {
    setBusy(true);
    const result = await action();
    setBusy(false);
    setError(result.ok ? null : result.error);
    if (result.ok) onChanged();
    return result.ok;
  };

  return (
    <details className="demo-controls" data-testid="demo-controls">
      <summary>{t('whatsappReply.demo.title')}</summary>
      <p className="form-field__hint">{t('whatsappReply.demo.intro')}</p>
      <form
        className="reply-composer"
        onSubmit={(event) => {
          event.preventDefault();
          const text = message.trim();
          if (text === '') return;
          void run(() => call('demo:customerWrites', { conversationId, message: text })).then((done) => {
            if (done) setMessage((current) => (current.trim() === text ? '' : current));
          });
        }}
      >
        <label className="form-field">
          <span className="form-field__label">{t('whatsappReply.demo.customerMessage')}</span>
          <input
            className="field"
            data-testid="demo-customer-message"
            value={message}
            onChange={(event) => setMessage(event.target.value)}
          />
        </label>
        <div className="reply-composer__actions">
          <button
            type="submit"
            className="button button--small"
            data-testid="demo-customer-writes"
            disabled={busy || message.trim() === ''}
          >
            {t('whatsappReply.demo.customerWrites')}
          </button>
          <button
            type="button"
            className="button button--small"
            data-testid="demo-advance-clock"
            disabled={busy}
            onClick={() => void run(() => call('demo:advanceClock', { hours: 24 }))}
          >
            {t('whatsappReply.demo.advanceDay')}
          </button>
        </div>
      </form>
      {error && (
        <p className="inline-error" role="alert">
          {describeError(t, error)}
        </p>
      )}
    </details>
  );
};
