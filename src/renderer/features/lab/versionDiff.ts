import { diffLines } from 'diff';
import type { AssistantDraft } from '../../../shared/domain/assistantDraft';
import { PUSHED_FIELDS, type PushedField } from '../../../shared/domain/assistantLab';
import { sameJson } from '../../../shared/domain/sameJson';

export type DiffLine = { text: string; kind: 'same' | 'added' | 'removed' };

export type FieldDiff =
  | { field: 'systemPrompt'; lines: DiffLine[] }
  | { field: Exclude<PushedField, 'systemPrompt'>; before: string; after: string };

/** The account's models and languages, so that a changed id reads as its name. */
export interface Catalogue {
  models: readonly { id: number; name: string }[];
  languages: readonly { id: number; name: string }[];
}

const namesFor = (field: PushedField, catalogue: Catalogue) =>
  field === 'llmModelId' ? catalogue.models : field === 'languageId' ? catalogue.languages : [];

const shown = (field: PushedField, value: unknown, catalogue: Catalogue): string => {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  return namesFor(field, catalogue).find((entry) => entry.id === value)?.name ?? JSON.stringify(value);
};

/** Two states of an assistant, field by field: the prompt line by line, every other changed field before → after. */
export const diffDrafts = (
  before: AssistantDraft,
  after: AssistantDraft,
  catalogue: Catalogue = { models: [], languages: [] },
): FieldDiff[] =>
  PUSHED_FIELDS.flatMap((field): FieldDiff[] => {
    if (sameJson(before[field], after[field])) return [];
    if (field !== 'systemPrompt')
      return [
        {
          field,
          before: shown(field, before[field], catalogue),
          after: shown(field, after[field], catalogue),
        },
      ];
    // Every line ends with a newline here, so that a line appended after the last one leaves that one unchanged.
    const ended = (text: string) => (text === '' || text.endsWith('\n') ? text : `${text}\n`);
    const lines = diffLines(ended(before.systemPrompt), ended(after.systemPrompt)).flatMap((change) =>
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
