import { memo } from 'react';
import { useTranslation } from 'react-i18next';
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
  return (
    <article
      className={`message message--${entry.role}${highlighted ? ' message--highlighted' : ''}`}
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
        {entry.content}
      </p>
      {entry.functionCalls.length > 0 && <FunctionCallChips calls={entry.functionCalls} />}
    </article>
  );
});
