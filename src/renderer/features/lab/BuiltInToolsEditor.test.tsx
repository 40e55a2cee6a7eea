import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuiltInTool } from '../../../shared/domain/tools';
import { initI18n } from '../../i18n';
import { BuiltInToolsEditor } from './BuiltInToolsEditor';

beforeAll(async () => {
  await initI18n('en');
});

/** The editor over a draft's tools, each change kept as the draft would keep it. */
const Editor = ({ initial, seen }: { initial: BuiltInTool[]; seen: BuiltInTool[][] }) => {
  const [tools, setTools] = useState(initial);
  return (
    <BuiltInToolsEditor
      tools={tools}
      unwritable={0}
      onChange={(next) => {
        seen.push(next);
        setTools(next);
      }}
    />
  );
};

const fieldsOf = (type: string) => screen.getByRole('textbox', { name: `Fields of ${type} (JSON)` });
const type = (box: HTMLElement, text: string) => fireEvent.change(box, { target: { value: text } });

describe('the built-in tools editor', () => {
  it('takes fields in the write shape as typed, and keeps text that does not read without changing the draft', () => {
    const seen: BuiltInTool[][] = [];
    render(<Editor initial={[{ type: 'end_call', description: 'when done' }]} seen={seen} />);
    const box = fieldsOf('end_call');
    expect(box).toHaveProperty('value', '{\n  "description": "when done"\n}');

    type(box, '{ "description": "after the booking"');
    expect(seen).toEqual([]);
    expect(box).toHaveProperty('value', '{ "description": "after the booking"');
    expect(screen.getByText(/Not a JSON object yet/)).toBeTruthy();

    type(box, '{ "data": { "description": "x" } }');
    expect(seen).toEqual([]);
    expect(screen.getByText(/no "type" or "data" inside/)).toBeTruthy();

    type(box, '{ "description": "after the booking" }');
    expect(seen.at(-1)).toEqual([{ type: 'end_call', description: 'after the booking' }]);
    expect(box.getAttribute('aria-invalid')).toBe('false');
  });

  it('adds a tool with its required fields to fill in, marked until they are, and removes one', async () => {
    const seen: BuiltInTool[][] = [];
    render(<Editor initial={[{ type: 'end_call' }]} seen={seen} />);
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Type of the tool to add' }),
      'call_transfer',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Add tool' }));
    expect(seen.at(-1)).toEqual([{ type: 'end_call' }, { type: 'call_transfer', phone_number: '' }]);
    const box = fieldsOf('call_transfer');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/Fill in: phone_number\./)).toBeTruthy();

    type(box, '{ "phone_number": "+49 30 1234 5600" }');
    expect(box.getAttribute('aria-invalid')).toBe('false');
    await userEvent.click(screen.getByRole('button', { name: 'Remove end_call' }));
    expect(seen.at(-1)).toEqual([{ type: 'call_transfer', phone_number: '+49 30 1234 5600' }]);
    // The remaining tool's text moved with it.
    expect(fieldsOf('call_transfer')).toHaveProperty('value', '{ "phone_number": "+49 30 1234 5600" }');
  });
});
