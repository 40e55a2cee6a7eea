import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../shared/domain/famulor';
import { JsonTree } from '../../components/JsonTree';
import { callKey } from './threadCalls';
import { highlightParts, type SearchMatch } from './threadSearch';

interface MessageRowProps {
  entry: HistoryEntry;
  index: number;
  matches: readonly SearchMatch[];
  firstMatchNumber: number;
  currentMatch: number;
  expandedCalls: ReadonlySet<string>;
  onToggleCall(key: string): void;
  /** Sent by a person from this app (Famulor's history shows it as an assistant entry). */
  sentByPerson?: boolean;
}

/** One history entry: role, number, text with search highlights, and its function calls folded inline. */
export const MessageRow = memo(function MessageRow({
  entry,
  index,
  matches,
  firstMatchNumber,
  currentMatch,
  expandedCalls,
  onToggleCall,
  sentByPerson = false,
}: MessageRowProps) {
  const { t } = useTranslation();
  const role = entry.role === 'user' || entry.role === 'assistant' ? entry.role : 'other';
  const parts = highlightParts(entry.content, matches, firstMatchNumber);
  return (
    <article className={`thread-message thread-message--${role}`} data-testid={`message-${index}`}>
      <header className="thread-message__meta">
        <span className="thread-message__role">{t(`threads.role.${role}`, { role: entry.role })}</span>
        {sentByPerson && (
          <span className="thread-message__person" data-testid={`message-${index}-person`}>
            {t('whatsappReply.sentByPerson')}
          </span>
        )}
        <span className="thread-message__number">#{index + 1}</span>
      </header>
      <p className="thread-message__content">
        {entry.content === '' ? (
          <span className="thread-message__empty">{t('threads.reader.emptyMessage')}</span>
        ) : (
          parts.map((part, position) =>
            part.matchNumber === null ? (
              part.text
            ) : (
              <mark
                key={position}
                className={
                  part.matchNumber === currentMatch ? 'search-hit search-hit--current' : 'search-hit'
                }
                data-testid={part.matchNumber === currentMatch ? 'search-current' : undefined}
              >
                {part.text}
              </mark>
            ),
          )
        )}
      </p>
      {entry.functionCalls.map((call, position) => {
        const key = callKey(index, position);
        const open = expandedCalls.has(key);
        return (
          <div key={key} className="thread-call">
            <button
              type="button"
              className="thread-call__toggle"
              aria-expanded={open}
              data-testid={`inline-call-${key}`}
              onClick={() => onToggleCall(key)}
            >
              <span aria-hidden className="thread-call__chevron">
                {open ? '▾' : '▸'}
              </span>
              <span className="thread-call__label">{t('threads.reader.functionCall')}</span>
              <code className="thread-call__name">{call.name}</code>
            </button>
            {open && (
              <JsonTree
                value={{ arguments: call.arguments, result: call.result }}
                openLevels={2}
                className="call-json__frame"
                testId={`inline-call-json-${key}`}
              />
            )}
          </div>
        );
      })}
    </article>
  );
});
