import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_MESSAGE_LENGTH } from '../../../shared/limits';
import { initI18n } from '../../i18n';
import { Composer } from './Composer';

const Harness = ({ initial = '', onSend }: { initial?: string; onSend(text: string): void }) => {
  const [value, setValue] = useState(initial);
  return (
    <Composer value={value} onChange={setValue} onSend={onSend} busy={false} targetLabel="to this pane" />
  );
};

describe('Composer', () => {
  beforeAll(async () => {
    await initI18n('en');
  });

  it('counts characters and sends on Enter', async () => {
    const onSend = vi.fn();
    render(<Harness onSend={onSend} />);
    await userEvent.type(screen.getByTestId('composer-input'), 'Hello');
    expect(screen.getByTestId('composer-counter').textContent).toBe(`5 / ${MAX_MESSAGE_LENGTH}`);
    await userEvent.keyboard('{Enter}');
    expect(onSend).toHaveBeenCalledWith('Hello');
  });

  it('breaks the line on Shift+Enter instead of sending', async () => {
    const onSend = vi.fn();
    render(<Harness onSend={onSend} />);
    const input = screen.getByTestId('composer-input');
    await userEvent.type(input, 'one{Shift>}{Enter}{/Shift}two');
    expect((input as HTMLTextAreaElement).value).toBe('one\ntwo');
    expect(onSend).not.toHaveBeenCalled();
  });

  it('leaves the Enter that confirms an input method composition (Japanese, Chinese) to the input method', async () => {
    const onSend = vi.fn();
    render(<Harness initial="にほんご" onSend={onSend} />);
    const input = screen.getByTestId('composer-input');
    fireEvent.keyDown(input, { key: 'Enter', isComposing: true });
    expect(onSend).not.toHaveBeenCalled();
    fireEvent.keyDown(input, { key: 'Enter', isComposing: false });
    expect(onSend).toHaveBeenCalledWith('にほんご');
  });

  it('refuses a message over the limit: red counter, disabled send, an explanation', async () => {
    const onSend = vi.fn();
    render(<Harness initial={'x'.repeat(MAX_MESSAGE_LENGTH)} onSend={onSend} />);
    const send = screen.getByTestId('composer-send') as HTMLButtonElement;
    expect(send.disabled).toBe(false);
    await userEvent.type(screen.getByTestId('composer-input'), 'yz');
    expect(screen.getByTestId('composer-counter').classList.contains('composer__counter--over')).toBe(true);
    expect(send.disabled).toBe(true);
    screen.getByText(`Too long by 2 characters: Famulor accepts at most ${MAX_MESSAGE_LENGTH}.`);
    await userEvent.keyboard('{Enter}');
    expect(onSend).not.toHaveBeenCalled();
    await userEvent.keyboard('{Backspace}');
    screen.getByText(`Too long by 1 character: Famulor accepts at most ${MAX_MESSAGE_LENGTH}.`);
  });

  it('counts characters as Famulor does: 2,000 emoji are 2,000 characters and may be sent', () => {
    render(<Harness initial={'😀'.repeat(MAX_MESSAGE_LENGTH)} onSend={vi.fn()} />);
    expect(screen.getByTestId('composer-counter').textContent).toBe(
      `${MAX_MESSAGE_LENGTH} / ${MAX_MESSAGE_LENGTH}`,
    );
    expect((screen.getByTestId('composer-send') as HTMLButtonElement).disabled).toBe(false);
  });

  it('does not send an empty or blank message', async () => {
    const onSend = vi.fn();
    render(<Harness initial="   " onSend={onSend} />);
    expect((screen.getByTestId('composer-send') as HTMLButtonElement).disabled).toBe(true);
    await userEvent.type(screen.getByTestId('composer-input'), '{Enter}');
    expect(onSend).not.toHaveBeenCalled();
  });
});
