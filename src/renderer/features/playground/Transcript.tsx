import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
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

  useEffect(() => {
    if (count > 0) virtualizer.scrollToIndex(count - 1, { align: 'end' });
  }, [count, virtualizer]);

  // Another view (the function-call inspector) asked to show one message of this pane.
  const target = useTranscriptFocusStore(selectScrollTargetFor(paneId));
  const targetIndex = target ? transcript.findIndex((entry) => entry.id === target.entryId) : -1;
  useEffect(() => {
    if (targetIndex >= 0) virtualizer.scrollToIndex(targetIndex, { align: 'center' });
  }, [target, targetIndex, virtualizer]);

  return (
    <div
      className="transcript"
      ref={scrollRef}
      role="log"
      aria-label={t('playground.transcript.label')}
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
