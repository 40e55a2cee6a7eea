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
  matchesByMessage: ReadonlyMap<number, { first: number; matches: SearchMatch[] }>;
  currentMatch: number;
  expandedCalls: ReadonlySet<string>;
  onToggleCall(key: string): void;
  ref?: Ref<MessageListHandle>;
}

const NO_MATCHES: SearchMatch[] = [];
const ESTIMATED_ROW_HEIGHT = 76;

/**
 * Only the rows on screen (plus a few) exist in the DOM, so a 10,000-message thread costs what a screenful
 * does. Rows are measured after they render because messages and opened function calls vary in height.
 */
export const MessageList = ({
  history,
  matchesByMessage,
  currentMatch,
  expandedCalls,
  onToggleCall,
  ref,
}: MessageListProps) => {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: history.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 6,
    initialRect: { width: 800, height: 700 },
  });

  // A support agent opens a thread to see where it stands: it opens at its latest message (once per thread, the
  // reader is keyed by conversation; a refresh leaves the person where they are).
  const openedAtLatest = useRef(false);
  useLayoutEffect(() => {
    if (openedAtLatest.current || history.length === 0) return;
    openedAtLatest.current = true;
    virtualizer.scrollToIndex(history.length - 1, { align: 'end' });
  }, [history.length, virtualizer]);

  useImperativeHandle(
    ref,
    () => ({
      scrollToMessage: (index) => virtualizer.scrollToIndex(index, { align: 'center' }),
      scrollToEnd: () => virtualizer.scrollToIndex(history.length - 1, { align: 'end' }),
      scrollToStart: () => virtualizer.scrollToIndex(0, { align: 'start' }),
    }),
    [virtualizer, history.length],
  );

  if (history.length === 0) {
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
      aria-label={t('threads.reader.historyLabel', { count: history.length })}
    >
      <div className="thread-messages__spacer" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const entry = history[item.index] as HistoryEntry;
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
              />
            </div>
          );
        })}
      </div>
    </div>
  );
};
