import { diffWords } from 'diff';

export interface WordSegment {
  text: string;
  kind: 'same' | 'added' | 'removed';
}

/** Word-level differences from `before` to `after`, merged into segments the view colours. */
export const wordDiff = (before: string, after: string): WordSegment[] =>
  diffWords(before, after).map((change) => ({
    text: change.value,
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
  }));

export const isIdentical = (segments: readonly WordSegment[]) =>
  segments.every((segment) => segment.kind === 'same');
