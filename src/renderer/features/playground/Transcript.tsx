import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranscriptEntry } from '../../../shared/domain/session';
import type { PaneRuntime } from '../../stores/conversationSlice';
import { selectScrollTargetFor, useTranscriptFocusStore } from '../../stores/transcriptFocusStore';
import { InFlightRow } from './InFlightRow';
import { TranscriptRow } from './TranscriptRow';

interface TranscriptProps {
  paneId: string;
  transcript: TranscriptEntry[];
  inFlight: PaneRuntime['inFlight'];
}

const ESTIMATED_ROW_HEIGHT = 72;
/** Closer to the end than this, the transcript keeps following it as rows are measured and added. */
const FOLLOW_THRESHOLD_PX = 48;

/** Virtualized, so that a transcript of thousands of messages scrolls as smoothly as a short one; follows the end. */
export const Transcript = ({ paneId, transcript, inFlight }: TranscriptProps) => {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const count = transcript.length + (inFlight ? 1 : 0);
  // The virtualizer is a mutable object by design; this component is not compiled by React Compiler anyway.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 6,
    getItemKey: (index) => transcript[index]?.id ?? `${paneId}-in-flight`,
  });

  // Follows the end: a new message, and a long reply measured taller than estimated, stay in view (scrolling to
  // the last index alone stopped at its estimated height and left the reply below the fold). Scrolling up stops it.
  const following = useRef(true);
  const followedCount = useRef(0);
  const totalSize = virtualizer.getTotalSize();
  useLayoutEffect(() => {
    if (count !== followedCount.current) {
      followedCount.current = count;
      following.current = true;
    }
    const element = scrollRef.current;
    if (element && following.current) element.scrollTop = element.scrollHeight;
  }, [count, totalSize]);

  // Another view (the function-call inspector) asked to show one message of this pane.
  const target = useTranscriptFocusStore(selectScrollTargetFor(paneId));
  const targetIndex = target ? transcript.findIndex((entry) => entry.id === target.entryId) : -1;
  useEffect(() => {
    if (targetIndex < 0) return;
    following.current = false;
    virtualizer.scrollToIndex(targetIndex, { align: 'center' });
  }, [target, targetIndex, virtualizer]);

  return (
    <div
      className="transcript"
      ref={scrollRef}
      role="log"
      aria-label={t('playground.transcript.label')}
      onScroll={(event) => {
        const element = event.currentTarget;
        following.current =
          element.scrollHeight - element.scrollTop - element.clientHeight < FOLLOW_THRESHOLD_PX;
      }}
      data-testid="transcript"
    >
      {count === 0 ? (
        <p className="transcript__empty">{t('playground.transcript.empty')}</p>
      ) : (
        <div className="transcript__inner" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const entry = transcript[item.index];
            return (
              <div
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                className="transcript__item"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                {entry ? (
                  <TranscriptRow
                    entry={entry}
                    highlighted={entry.id === target?.entryId}
                    key={target?.nonce}
                  />
                ) : (
                  inFlight && <InFlightRow paneId={paneId} inFlight={inFlight} />
                )}
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
};
