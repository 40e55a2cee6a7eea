import { describe, expect, it } from 'vitest';
import { checkDraft, type ChatDraft } from './customerChat';

const draft: ChatDraft = {
  assistantId: '103',
  customerIdentifier: ' crm-000417 ',
  variablesText: '',
  message: 'Wann haben Sie geöffnet?',
};

describe('checkDraft', () => {
  it('builds the generate-reply input, leaving out empty variables', () => {
    expect(checkDraft(draft)).toEqual({
      ok: true,
      input: { assistantId: 103, customerIdentifier: 'crm-000417', message: 'Wann haben Sie geöffnet?' },
    });
  });

  it('passes variables given as a JSON object', () => {
    const checked = checkDraft({ ...draft, variablesText: '{"customer_name": "Hannah"}' });
    expect(checked).toMatchObject({ ok: true, input: { variables: { customer_name: 'Hannah' } } });
  });

  it('lists every problem at once, with where the JSON breaks', () => {
    const checked = checkDraft({
      assistantId: 'abc',
      customerIdentifier: '+49 152 2345',
      variablesText: '{\n  "a": }',
      message: ' ',
    });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems.map((problem) => problem.field)).toEqual([
      'assistantId',
      'customerIdentifier',
      'variables',
      'message',
    ]);
    expect(checked.problems[2]).toMatchObject({ line: 2 });
  });

  it('refuses an identifier over 255 characters but no long message: generate-reply documents no limit', () => {
    const checked = checkDraft({ ...draft, customerIdentifier: 'x'.repeat(256), message: 'y'.repeat(5000) });
    expect(checked).toMatchObject({
      ok: false,
      problems: [{ field: 'customerIdentifier', check: { problem: 'tooLong' } }],
    });
    expect(checkDraft({ ...draft, message: 'y'.repeat(5000) }).ok).toBe(true);
  });

  it('counts the identifier in characters, as Famulor does: 255 emoji fit', () => {
    expect(checkDraft({ ...draft, customerIdentifier: '😀'.repeat(255) }).ok).toBe(true);
  });
});
