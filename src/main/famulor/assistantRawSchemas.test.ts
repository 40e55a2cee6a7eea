import { describe, expect, it } from 'vitest';
import { DeletedAssistantResponse, ModelsResponse, WrittenAssistantResponse } from './assistantRawSchemas';

describe('assistant write answers', () => {
  it('reads the update answer, with the id as a number or a numeric string', () => {
    const data = { id: '12', name: 'Booker', status: 'active', type: 'inbound', mode: 'pipeline' };
    expect(WrittenAssistantResponse.parse({ message: 'Assistant updated successfully', data })).toEqual({
      ...data,
      id: 12,
    });
    expect(WrittenAssistantResponse.parse({ data: { id: 12, name: 'Booker' } })).toEqual({
      id: 12,
      name: 'Booker',
      status: null,
      type: null,
      mode: null,
    });
    expect(WrittenAssistantResponse.safeParse({ message: 'Assistant updated successfully' }).success).toBe(
      false,
    );
  });

  it('reads a create answer as an update one (the same documented data)', () => {
    const data = { id: 789, name: 'Sales Assistant', status: 'inactive', type: 'outbound', mode: 'pipeline' };
    expect(WrittenAssistantResponse.parse({ message: 'Assistant created successfully', data })).toEqual(data);
  });

  it('reads a delete answer by its message', () => {
    expect(DeletedAssistantResponse.parse({ message: 'Assistant deleted successfully' })).toEqual({
      deleted: true,
    });
    expect(DeletedAssistantResponse.safeParse({}).success).toBe(false);
  });

  it('reads the models in both of the page’s shapes: `{data: [...]}` as described, a bare array as exampled', () => {
    const models = [
      { id: 1, name: 'GPT-4o', code: 'gpt-4o-realtime' },
      { id: 2, name: 'GPT-4.1-mini' },
    ];
    const read = [
      { id: 1, name: 'GPT-4o', code: 'gpt-4o-realtime' },
      { id: 2, name: 'GPT-4.1-mini', code: null },
    ];
    expect(ModelsResponse.parse({ data: models })).toEqual(read);
    expect(ModelsResponse.parse(models)).toEqual(read);
    expect(ModelsResponse.safeParse({ models }).success).toBe(false);
  });
});
