import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n';
import { PromptEditor } from './PromptEditor';

beforeAll(async () => {
  await initI18n('en');
});

const PROMPT = 'You are {{assistant_name}}.\nBook a slot.\nAsk for {order_id} before you book.';

const Editor = ({ onDefine = () => {} }: { onDefine?: (name: string) => void }) => {
  const [value, setValue] = useState(PROMPT);
  return <PromptEditor id="prompt" value={value} variables={{}} onChange={setValue} onDefine={onDefine} />;
};

const marks = (container: HTMLElement, kind: string) =>
  [...container.querySelectorAll(`.lab-mark--${kind}`)].map((mark) => mark.textContent);

describe('the prompt editor', () => {
  it('numbers the lines and marks each placeholder by who fills it in, an unknown one addable', async () => {
    const defined: string[] = [];
    const { container } = render(<Editor onDefine={(name) => defined.push(name)} />);
    expect(container.querySelectorAll('.lab-prompt__line')).toHaveLength(3);
    expect(marks(container, 'system')).toEqual(['{{assistant_name}}']);
    expect(marks(container, 'unknown')).toEqual(['{order_id}']);
    expect(screen.getByText(/line 3, column 9/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Add as variable' }));
    expect(defined).toEqual(['order_id']);
  });

  it('finds every hit, case ignored, steps through them with Enter and back with Shift+Enter', async () => {
    const { container } = render(<Editor />);
    const prompt = container.querySelector('textarea');
    if (!prompt) throw new Error('no text area');
    await userEvent.click(prompt);
    await userEvent.keyboard('{Control>}f{/Control}');
    const search = screen.getByRole('searchbox', { name: 'Find in the prompt' });
    expect(document.activeElement).toBe(search);
    await userEvent.keyboard('BOOK');
    expect(screen.getByText('1 of 2')).toBeTruthy();
    expect(marks(container, 'current')).toEqual(['Book']);
    expect(marks(container, 'found')).toEqual(['book']);
    await userEvent.keyboard('{Enter}');
    expect(screen.getByText('2 of 2')).toBeTruthy();
    await userEvent.keyboard('{Shift>}{Enter}{/Shift}');
    expect(screen.getByText('1 of 2')).toBeTruthy();
    await userEvent.clear(search);
    await userEvent.keyboard('nothing like it');
    expect(screen.getByText('Not found')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Next' })).toHaveProperty('disabled', true);
  });
});
