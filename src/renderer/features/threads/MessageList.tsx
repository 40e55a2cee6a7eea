import { useVirtualizer } from '@tanstack/react-virtual';
import { useImperativeHandle, useLayoutEffect, useRef, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../shared/domain/famulor';
import { MessageRow } from './MessageRow';
import type { SearchMatch } from './threadSearch';

export interface MessageListHandle {
  scrollToMessage(index: number): void;
  scrollToEnd(): void;
  scrollToStart(): void;
}

interface MessageListProps {
  history: readonly HistoryEntry[];
  /** Entries before `history[0]` that are still on their way: their places are kept, so nothing moves later. */
  offset?: number;
  matchesByMessage: ReadonlyMap<number, { first: number; matches: SearchMatch[] }>;
  currentMatch: number;
  expandedCalls: ReadonlySet<string>;
  onToggleCall(key: string): void;
  /** Indices (into the whole thread) of the entries a person sent from this app. */
  byPerson?: ReadonlySet<number>;
  ref?: Ref<MessageListHandle>;
}

const NOBODY: ReadonlySet<number> = new Set();

const NO_MATCHES: SearchMatch[] = [];
const ESTIMATED_ROW_HEIGHT = 76;

/**
 * Only the rows on screen (plus a few) exist in the DOM, so a 10,000-message thread costs what a screenful
 * does. Rows are measured after they render because messages and opened function calls vary in height.
 */
export const MessageList = ({
  history,
  offset = 0,
  matchesByMessage,
  currentMatch,
  expandedCalls,
  onToggleCall,
  byPerson = NOBODY,
  ref,
}: MessageListProps) => {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const count = offset + history.length;
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 6,
    initialRect: { width: 800, height: 700 },
  });

  // A support agent opens a thread to see where it stands: it opens at its latest message (once per thread, the
  // reader is keyed by conversation; a refresh leaves the person where they are).
  const openedAtLatest = useRef(false);
  useLayoutEffect(() => {
    if (openedAtLatest.current || count === 0) return;
    openedAtLatest.current = true;
    virtualizer.scrollToIndex(count - 1, { align: 'end' });
  }, [count, virtualizer]);

  useImperativeHandle(
    ref,
    () => ({
      scrollToMessage: (index) => virtualizer.scrollToIndex(index, { align: 'center' }),
      scrollToEnd: () => virtualizer.scrollToIndex(count - 1, { align: 'end' }),
      scrollToStart: () => virtualizer.scrollToIndex(0, { align: 'start' }),
    }),
    [virtualizer, count],
  );

  if (count === 0) {
    return (
      <div className="thread-messages thread-messages--empty" data-testid="thread-empty">
        {t('threads.reader.noMessages')}
      </div>
    );
  }

  return (
    <div
      ref={scrollRef}
      className="thread-messages"
      data-testid="thread-messages"
      tabIndex={0}
      role="log"
      aria-label={t('threads.reader.historyLabel', { count })}
      aria-busy={offset > 0}
    >
      <div className="thread-messages__spacer" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const entry = history[item.index - offset];
          if (!entry) {
            return (
              <div
                key={item.key}
                data-index={item.index}
                className="thread-messages__row thread-messages__row--pending"
                data-testid="message-pending"
                style={{ transform: `translateY(${item.start}px)`, height: ESTIMATED_ROW_HEIGHT }}
              >
                {t('threads.reader.earlierLoading')}
              </div>
            );
          }
          const own = matchesByMessage.get(item.index);
          const first = own?.first ?? 0;
          const ownCurrent =
            own && currentMatch >= first && currentMatch < first + own.matches.length ? currentMatch : -1;
          return (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              className="thread-messages__row"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <MessageRow
                entry={entry}
                index={item.index}
                matches={own?.matches ?? NO_MATCHES}
                firstMatchNumber={first}
                currentMatch={ownCurrent}
                expandedCalls={expandedCalls}
                onToggleCall={onToggleCall}
                sentByPerson={byPerson.has(item.index)}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
};
