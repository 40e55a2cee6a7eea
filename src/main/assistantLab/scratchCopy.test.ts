import { describe, expect, it } from 'vitest';
import type { Assistant } from '../../shared/domain/famulor';
import { draftOf, newAssistantFrom, scratchName, toolsInWriteShape } from './scratchCopy';

const listed = (raw: Assistant['raw']): Assistant => ({
  id: 101,
  uuid: 'u-101',
  name: 'Clara',
  variables: { clinic: 'Praxis Nord' },
  initialMessage: 'Hello, this is Clara.',
  systemPrompt: 'You are Clara.',
  language: 'en',
  timezone: 'Europe/Berlin',
  status: 'active',
  raw: {
    id: 101,
    voice_id: 11,
    language_id: 1,
    type: 'inbound',
    mode: 'pipeline',
    llm_model_id: 2,
    multimodal_model_id: null,
    knowledgebase_id: '7',
    tools: [
      { type: 'end_call', data: { description: 'when done' } },
      { type: 'call_transfer', data: { phone_number: '+4930123' } },
    ],
    ...raw,
  },
});

describe('toolsInWriteShape', () => {
  it('turns the list’s `{type, data}` into the flat `{type, …fields}` create and update take', () => {
    expect(toolsInWriteShape(listed({}).raw.tools)).toEqual({
      tools: [
        { type: 'end_call', description: 'when done' },
        { type: 'call_transfer', phone_number: '+4930123' },
      ],
      unwritable: [],
    });
  });

  it('keeps apart what cannot be written back: bare names, unknown types, a `data` that is no object', () => {
    const { tools, unwritable } = toolsInWriteShape([
      'calendar_booking',
      { type: 'teleport', data: {} },
      { type: 'end_call', data: 'x' },
      { type: 'dtmf_input' },
    ]);
    expect(tools).toEqual([{ type: 'dtmf_input' }]);
    expect(unwritable).toEqual([
      'calendar_booking',
      { type: 'teleport', data: {} },
      { type: 'end_call', data: 'x' },
    ]);
    expect(toolsInWriteShape(undefined)).toEqual({ tools: [], unwritable: [] });
  });

  it('lets the type win over a `type` inside data', () => {
    expect(toolsInWriteShape([{ type: 'end_call', data: { type: 'dtmf_input' } }]).tools).toEqual([
      { type: 'end_call' },
    ]);
  });
});

describe('newAssistantFrom', () => {
  it('copies what the draft does not hold from the list, and takes the rest from the draft', () => {
    const original = listed({});
    const { draft } = draftOf(original);
    const copy = newAssistantFrom(
      original,
      { ...draft, systemPrompt: 'You are Clara, brief.', llmModelId: 1, languageId: 5 },
      '[draft] Clara · 14:02',
    );
    expect(copy).toEqual({
      ok: true,
      assistant: {
        name: '[draft] Clara · 14:02',
        voiceId: 11,
        languageId: 5,
        type: 'inbound',
        mode: 'pipeline',
        timezone: 'Europe/Berlin',
        initialMessage: 'Hello, this is Clara.',
        systemPrompt: 'You are Clara, brief.',
        llmModelId: 1,
        multimodalModelId: null,
        variables: { clinic: 'Praxis Nord' },
        tools: [
          { type: 'end_call', description: 'when done' },
          { type: 'call_transfer', phone_number: '+4930123' },
        ],
        toolIds: [],
        knowledgebaseId: 7,
      },
    });
  });

  it('uses the multimodal model for a multimodal assistant and sends no LLM', () => {
    const original = listed({ mode: 'multimodal', llm_model_id: null, multimodal_model_id: 4 });
    const copy = newAssistantFrom(original, draftOf(original).draft, 'x');
    expect(copy.ok && copy.assistant).toMatchObject({
      mode: 'multimodal',
      llmModelId: null,
      multimodalModelId: 4,
    });
  });

  it('names each field a copy cannot be made without', () => {
    const original = listed({
      voice_id: null,
      language_id: 'de',
      type: 'sideways',
      mode: 'pipeline',
      llm_model_id: null,
    });
    const copy = newAssistantFrom(original, { ...draftOf(original).draft, timezone: null }, 'x');
    expect(copy).toEqual({
      ok: false,
      problems: [
        { field: 'voice_id', reason: 'missing' },
        { field: 'language_id', reason: 'missing' },
        { field: 'type', reason: 'invalid' },
        { field: 'timezone', reason: 'missing' },
        { field: 'llm_model_id', reason: 'missing' },
      ],
    });
  });
});

describe('draftOf', () => {
  it('starts from the assistant’s own settings; custom tools are unknown unless the list sends `tool_ids`', () => {
    expect(draftOf(listed({})).draft).toMatchObject({ name: 'Clara', llmModelId: 2, toolIds: null });
    expect(draftOf(listed({ tool_ids: [3, 4] })).draft.toolIds).toEqual([3, 4]);
    expect(draftOf(listed({ tool_ids: [3, 'x'] })).draft.toolIds).toBeNull();
    expect(draftOf(listed({ tools: ['calendar_booking'] })).unwritableTools).toEqual(['calendar_booking']);
  });
});

describe('scratchName', () => {
  it('marks the copy and says when it was made, in the given time zone', () => {
    const at = new Date('2026-12-07T13:02:00Z');
    expect(scratchName('Clara', at, 'Europe/Berlin')).toBe('[draft] Clara · 14:02');
    const long = scratchName('x'.repeat(300), at, 'UTC');
    expect(long).toHaveLength(255);
    expect(long).toMatch(/^\[draft\] x+ · 13:02$/);
  });
});
