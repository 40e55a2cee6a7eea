import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Assistant } from '../../../shared/domain/famulor';
import { initI18n } from '../../i18n';
import { useAppStore } from '../../stores/appStore';
import { NO_ASSISTANT } from '../../stores/paneModel';
import { AssistantPicker } from './AssistantPicker';

const assistant = (id: number, name: string): Assistant => ({
  id,
  uuid: `00000000-0000-4000-8000-00000000000${id}`,
  name,
  variables: { n: id },
  initialMessage: '',
  systemPrompt: '',
  language: 'en',
  timezone: 'Europe/Berlin',
  status: 'active',
  raw: {},
});

describe('the assistant picker with the keyboard', () => {
  beforeAll(async () => {
    await initI18n('en');
    // jsdom does not lay out; the picker scrolls the active option into view.
    Element.prototype.scrollIntoView = vi.fn();
  });
  beforeEach(() => {
    useAppStore.setState({
      assistants: {
        list: [assistant(1, 'Clara'), assistant(2, 'Max'), assistant(3, 'Sophie')],
        status: 'ready',
        error: null,
      },
    });
  });

  it('moves through the options with the arrows, picks with Enter and gives focus back to its button', async () => {
    const onPick = vi.fn();
    render(<AssistantPicker value={NO_ASSISTANT} onPick={onPick} />);
    const user = userEvent.setup();
    const button = screen.getByRole('button', { name: /Choose an assistant/ });
    button.focus();
    await user.keyboard('{Enter}');
    const search = screen.getByRole('combobox', { name: 'Search assistants' });
    expect(document.activeElement).toBe(search);
    const listbox = screen.getByRole('listbox');
    expect(search.getAttribute('aria-controls')).toBe(listbox.id);

    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}');
    const active = screen.getByRole('option', { selected: true });
    expect(active.textContent).toContain('Max');
    expect(search.getAttribute('aria-activedescendant')).toBe(active.id);

    await user.keyboard('{Enter}');
    expect(onPick).toHaveBeenCalledWith(
      { id: 2, uuid: '00000000-0000-4000-8000-000000000002', name: 'Max' },
      { n: 2 },
    );
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('filters as you type, and Escape closes it with focus back on the button', async () => {
    const onPick = vi.fn();
    render(<AssistantPicker value={NO_ASSISTANT} onPick={onPick} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /Choose an assistant/ }));
    await user.keyboard('soph');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      expect.stringContaining('Sophie'),
    ]);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /Choose an assistant/ }));
    expect(onPick).not.toHaveBeenCalled();
  });
});
