import type { WordSegment } from './wordDiff';

/** Text with the words added relative to the baseline marked, and the words it lacks struck through. */
export const WordDiffText = ({ segments, testId }: { segments: readonly WordSegment[]; testId?: string }) => (
  <p className="word-diff" data-testid={testId}>
    {segments.map((segment, index) =>
      segment.kind === 'same' ? (
        <span key={index}>{segment.text}</span>
      ) : segment.kind === 'added' ? (
        <ins key={index} className="word-diff__added">
          {segment.text}
        </ins>
      ) : (
        <del key={index} className="word-diff__removed">
          {segment.text}
        </del>
      ),
    )}
  </p>
);
