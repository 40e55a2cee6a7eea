import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../stores/appStore';
import type { PaneRuntime } from '../../stores/conversationSlice';

const TICK_MS = 100;

/** The message on its way, with the time it has been waiting (tool calls can take seconds) and Cancel. */
export const InFlightRow = ({
  paneId,
  inFlight,
}: {
  paneId: string;
  inFlight: NonNullable<PaneRuntime['inFlight']>;
}) => {
  const { t } = useTranslation();
  const cancelPane = useAppStore((state) => state.cancelPane);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.max(0, (now - inFlight.startedAt) / 1000).toFixed(1);
  return (
    <article className="message message--user message--pending" data-testid="message-in-flight">
      <header className="message__meta">
        <span className="spinner" aria-hidden />
        <span className="message__role" data-testid="in-flight-elapsed">
          {t('playground.transcript.sending', { s: seconds })}
        </span>
        <button
          type="button"
          className="button button--small"
          data-testid="pane-cancel"
          onClick={() => cancelPane(paneId)}
        >
          {t('playground.transcript.cancel')}
        </button>
      </header>
      <p className="message__text">{inFlight.text}</p>
    </article>
  );
};
