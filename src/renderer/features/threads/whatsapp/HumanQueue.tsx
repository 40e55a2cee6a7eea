import { useTranslation } from 'react-i18next';
import { describeError } from '../../../lib/describeError';
import { formatDateTime } from '../../../lib/dateTime';
import { useAppStore } from '../../../stores/appStore';
import type { QueuedThread } from './humanQueue';
import { useClock } from './useClock';
import { useHumanQueue } from './useHumanQueue';
import { countdownParts, windowStateAt } from './replyWindow';

const WindowCell = ({ item, now }: { item: QueuedThread; now: number }) => {
  const { t, i18n } = useTranslation();
  if (!item.sender) return <>{t('humanQueue.noSender')}</>;
  if (!item.session) return <span className="spinner" aria-label={t('humanQueue.reading')} />;
  const state = windowStateAt(item.session.window, item.readAtMs, now);
  if (state.kind === 'open' && !Number.isFinite(state.msLeft))
    return <span className="queue-window queue-window--open">{t('whatsappReply.windowOpenNoEnd')}</span>;
  if (state.kind === 'open') {
    const parts = countdownParts(state.msLeft);
    return (
      <span className="queue-window queue-window--open">
        {t('humanQueue.windowOpen', { hours: parts.hours, minutes: String(parts.minutes).padStart(2, '0') })}
      </span>
    );
  }
  const { window } = item.session;
  return (
    <span className="queue-window queue-window--closed">
      {window.expiredAt
        ? t('humanQueue.windowClosedSince', { since: formatDateTime(window.expiredAt, i18n.language) })
        : t('humanQueue.windowClosed')}
    </span>
  );
};

/** The taken-over WhatsApp threads, the ones to answer first on top, each opened with one click or Enter. */
export const HumanQueue = () => {
  const { t, i18n } = useTranslation();
  const openThread = useAppStore((state) => state.openThreadById);
  const { state, reload } = useHumanQueue();
  const now = useClock(state.status === 'ready', 30_000);

  return (
    <section className="human-queue" aria-labelledby="human-queue-title" data-testid="human-queue">
      <header className="human-queue__bar">
        <h2 id="human-queue-title">{t('humanQueue.title')}</h2>
        <button
          type="button"
          className="button button--small"
          data-testid="human-queue-refresh"
          disabled={state.status === 'loading'}
          onClick={reload}
        >
          ⟳ {t('threads.reader.refresh')}
        </button>
      </header>
      <p className="threads-header__subtitle">{t('humanQueue.intro')}</p>
      {state.status === 'loading' && (
        <p role="status">
          <span className="spinner" aria-hidden />
          {t('humanQueue.loading')}
        </p>
      )}
      {state.status === 'error' && (
        <div className="inline-error" role="alert">
          <p>{describeError(t, state.error)}</p>
          <button type="button" className="button button--small" onClick={reload}>
            {t('threads.table.retry')}
          </button>
        </div>
      )}
      {state.status === 'ready' && state.items.length === 0 && (
        <p data-testid="human-queue-empty">{t('humanQueue.empty')}</p>
      )}
      {state.status === 'ready' && state.items.length > 0 && (
        <table className="human-queue__table">
          <thead>
            <tr>
              <th scope="col">{t('humanQueue.customer')}</th>
              <th scope="col">{t('humanQueue.assistant')}</th>
              <th scope="col">{t('humanQueue.sender')}</th>
              <th scope="col">{t('humanQueue.lastCustomerMessage')}</th>
              <th scope="col">{t('humanQueue.window')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('humanQueue.openAction')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {state.items.map((item) => {
              const customer = item.thread.customer;
              const last = item.session?.lastCustomerMessageAt ?? null;
              return (
                <tr key={item.thread.id} data-testid={`queue-row-${item.thread.id}`}>
                  <td>
                    {customer?.name ?? customer?.phone ?? t('threads.reader.untitled')}
                    {customer?.name && customer.phone && (
                      <span className="human-queue__phone"> {customer.phone}</span>
                    )}
                  </td>
                  <td>{item.thread.assistantName ?? '—'}</td>
                  <td>{item.sender?.displayName ?? item.thread.whatsappSender?.phone ?? '—'}</td>
                  <td>{last ? formatDateTime(last, i18n.language) : '—'}</td>
                  <td data-testid="queue-window">
                    <WindowCell item={item} now={now} />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button--small"
                      data-testid="queue-open"
                      onClick={() => void openThread(item.thread.id, item.thread)}
                    >
                      {t('humanQueue.openAction')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {state.status === 'ready' && state.more && <p className="form-field__hint">{t('humanQueue.more')}</p>}
    </section>
  );
};
