import { describe, expect, it } from 'vitest';
import { diffDrafts } from './versionDiff';
import { claraDraft } from '../../../shared/testing/assistantDraftKit';

const base = claraDraft({
  systemPrompt: 'You are Clara.\nBook appointments.\nBe kind.',
  variables: { clinic: 'Nord' },
});

describe('diffDrafts', () => {
  it('shows the prompt line by line and the other changed fields before and after', () => {
    const after = {
      ...base,
      systemPrompt: 'You are Clara.\nBook appointments briefly.\nBe kind.',
      llmModelId: 1,
      variables: { clinic: 'Süd' },
    };
    expect(diffDrafts(base, after)).toEqual([
      {
        field: 'systemPrompt',
        lines: [
          { text: 'You are Clara.', kind: 'same' },
          { text: 'Book appointments.', kind: 'removed' },
          { text: 'Book appointments briefly.', kind: 'added' },
          { text: 'Be kind.', kind: 'same' },
        ],
      },
      { field: 'variables', before: '{"clinic":"Nord"}', after: '{"clinic":"Süd"}' },
      { field: 'llmModelId', before: '2', after: '1' },
    ]);
  });

  it('names a changed model and language by the account’s lists, and by id when a list lacks it', () => {
    const catalogue = {
      models: [{ id: 1, name: 'GPT-4o-mini' }],
      languages: [
        { id: 1, name: 'English' },
        { id: 5, name: 'German' },
      ],
    };
    expect(diffDrafts(base, { ...base, llmModelId: 1, languageId: 5 }, catalogue)).toEqual([
      { field: 'llmModelId', before: '2', after: 'GPT-4o-mini' },
      { field: 'languageId', before: 'English', after: 'German' },
    ]);
  });

  it('shows a line appended at the end as added only, the last line before it unchanged', () => {
    const after = { ...base, systemPrompt: `${base.systemPrompt}\nAsk for {order_id}.` };
    expect(diffDrafts(base, after)).toEqual([
      {
        field: 'systemPrompt',
        lines: [
          { text: 'You are Clara.', kind: 'same' },
          { text: 'Book appointments.', kind: 'same' },
          { text: 'Be kind.', kind: 'same' },
          { text: 'Ask for {order_id}.', kind: 'added' },
        ],
      },
    ]);
  });

  it('is empty for two equal states', () => {
    expect(diffDrafts(base, { ...base, variables: { clinic: 'Nord' } })).toEqual([]);
  });
});
