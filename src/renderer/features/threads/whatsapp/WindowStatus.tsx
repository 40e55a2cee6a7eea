import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/dateTime';
import { countdownParts, type WindowState } from './replyWindow';

/** The 24-hour window in one line: the time left as a live countdown, or since when it is closed. */
export const WindowStatus = ({ state, onCheck }: { state: WindowState; onCheck(): void }) => {
  const { t, i18n } = useTranslation();
  let text: string;
  if (state.kind === 'open') {
    if (!Number.isFinite(state.msLeft)) text = t('whatsappReply.windowOpenNoEnd');
    else {
      const parts = countdownParts(state.msLeft);
      const left =
        parts.hours > 0
          ? t('whatsappReply.left', { hours: parts.hours, minutes: String(parts.minutes).padStart(2, '0') })
          : t('whatsappReply.leftLastHour', {
              minutes: parts.minutes,
              seconds: String(parts.seconds).padStart(2, '0'),
            });
      text = t('whatsappReply.windowOpen', { left });
    }
  } else if (state.kind === 'expired') {
    text =
      state.sinceMs === null
        ? t('whatsappReply.windowExpiredNoTime')
        : t('whatsappReply.windowExpired', {
            since: formatDateTime(new Date(state.sinceMs).toISOString(), i18n.language),
          });
  } else text = t('whatsappReply.windowClosed');
  return (
    <div
      className={`reply-window reply-window--${state.kind}`}
      data-testid="reply-window"
      data-state={state.kind}
    >
      <span role="status">{text}</span>
      <button
        type="button"
        className="button button--small"
        data-testid="reply-window-check"
        onClick={onCheck}
      >
        {t('whatsappReply.checkAgain')}
      </button>
    </div>
  );
};
