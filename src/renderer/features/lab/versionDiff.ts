import { diffLines } from 'diff';
import type { AssistantDraft } from '../../../shared/domain/assistantDraft';
import { PUSHED_FIELDS, type PushedField } from '../../../shared/domain/assistantLab';
import { sameJson } from '../../../shared/domain/sameJson';

export type DiffLine = { text: string; kind: 'same' | 'added' | 'removed' };

export type FieldDiff =
  | { field: 'systemPrompt'; lines: DiffLine[] }
  | { field: Exclude<PushedField, 'systemPrompt'>; before: string; after: string };

const shown = (value: unknown): string =>
  value === null || value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value);

/** Two states of an assistant, field by field: the prompt line by line, every other changed field before → after. */
export const diffDrafts = (before: AssistantDraft, after: AssistantDraft): FieldDiff[] =>
  PUSHED_FIELDS.flatMap((field): FieldDiff[] => {
    if (sameJson(before[field], after[field])) return [];
    if (field !== 'systemPrompt')
      return [{ field, before: shown(before[field]), after: shown(after[field]) }];
    const lines = diffLines(before.systemPrompt, after.systemPrompt).flatMap((change) =>
      change.value
        .replace(/\n$/, '')
        .split('\n')
        .map((text): DiffLine => ({
          text,
          kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
        })),
    );
    return [{ field, lines }];
  });
