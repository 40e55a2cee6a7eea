import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { readNoRecordedAnswer } from '../../../shared/domain/noRecordedAnswer';
import type { TranscriptEntry } from '../../../shared/domain/session';
import { FunctionCallChips } from './FunctionCallChips';
import { formatTime } from '../../lib/dateTime';
import { formatLatency } from './formatting';

/**
 * One message: who, when, how long the answer took, the text, and the function calls it made. Memoised: an entry
 * never changes once written, so a row renders again only when it is highlighted or the language changes.
 */
export const TranscriptRow = memo(function TranscriptRow({
  entry,
  highlighted = false,
}: {
  entry: TranscriptEntry;
  highlighted?: boolean;
}) {
  const { t, i18n } = useTranslation();
  // A demo pack's reply to a message it has no recording for says so, so that nobody takes it for the assistant's.
  const { marked, text } =
    entry.role === 'assistant' ? readNoRecordedAnswer(entry.content) : { marked: false, text: entry.content };
  return (
    <article
      className={`message message--${entry.role}${marked ? ' message--unanswered' : ''}${highlighted ? ' message--highlighted' : ''}`}
      data-testid={`message-${entry.role}`}
      data-message-id={entry.id}
    >
      <header className="message__meta">
        <span className="message__role">{t(`playground.transcript.role.${entry.role}`)}</span>
        <time dateTime={entry.at}>{formatTime(entry.at, i18n.language)}</time>
        {entry.latencyMs !== null && (
          <span className="message__latency">{formatLatency(entry.latencyMs, t)}</span>
        )}
      </header>
      <p className="message__text" data-testid="message-text">
        {marked ? (
          <span className="message__unanswered" data-testid="message-unanswered">
            {t('playground.transcript.noRecordedAnswer')}
          </span>
        ) : null}
        {text}
      </p>
      {entry.functionCalls.length > 0 && <FunctionCallChips calls={entry.functionCalls} />}
    </article>
  );
});
