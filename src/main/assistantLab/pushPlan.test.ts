import { describe, expect, it } from 'vitest';
import { planPush } from './pushPlan';
import { claraDraft } from '../../shared/testing/assistantDraftKit';

const base = claraDraft({
  initialMessage: 'Hello, this is Clara.',
  systemPrompt: 'You are Clara.\nBook appointments.',
  variables: { clinic: 'Praxis Nord' },
  tools: [{ type: 'end_call', description: 'when done' }],
});

describe('planPush', () => {
  it('sends only what the draft changed', () => {
    const draft = { ...base, systemPrompt: 'You are Clara.\nBe brief.', llmModelId: 1 };
    expect(planPush(base, base, draft)).toEqual({
      changes: { systemPrompt: 'You are Clara.\nBe brief.', llmModelId: 1 },
      conflicts: [],
      keptRemote: [],
    });
    expect(planPush(base, base, base).changes).toEqual({});
  });

  it('keeps a change made meanwhile in Famulor that the draft did not touch, and does not send it back', () => {
    const current = { ...base, initialMessage: 'Hi! Clara here.' };
    const draft = { ...base, systemPrompt: 'You are Clara, brief.' };
    expect(planPush(base, current, draft)).toEqual({
      changes: { systemPrompt: 'You are Clara, brief.' },
      conflicts: [],
      keptRemote: ['initialMessage'],
    });
  });

  it('names a field both changed differently as a conflict (and would send the draft’s)', () => {
    const current = { ...base, systemPrompt: 'You are Clara (edited on the web).' };
    const draft = { ...base, systemPrompt: 'You are Clara (edited in the lab).' };
    expect(planPush(base, current, draft)).toMatchObject({
      changes: { systemPrompt: 'You are Clara (edited in the lab).' },
      conflicts: ['systemPrompt'],
    });
  });

  it('is no conflict when both made the same change, and sends nothing for it', () => {
    const same = { ...base, variables: { clinic: 'Praxis Süd' } };
    expect(planPush(base, same, same)).toEqual({ changes: {}, conflicts: [], keptRemote: [] });
  });

  it('compares variables and tools by value, and never sends unknown custom tools', () => {
    const draft = {
      ...base,
      variables: { clinic: 'Praxis Nord' },
      tools: [{ type: 'end_call' as const, description: 'when done' }],
    };
    expect(planPush(base, base, draft).changes).toEqual({});
    expect(
      planPush({ ...base, toolIds: [3] }, { ...base, toolIds: [3] }, { ...base, toolIds: null }).changes,
    ).toEqual({});
    expect(
      planPush({ ...base, toolIds: [3] }, { ...base, toolIds: [3] }, { ...base, toolIds: [] }).changes,
    ).toEqual({
      toolIds: [],
    });
  });
});
