import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionSummary } from '../../../shared/domain/session';
import { initI18n } from '../../i18n';
import { useAppStore } from '../../stores/appStore';
import { SessionItem } from './SessionItem';

const summary: SessionSummary = {
  id: 's1',
  name: 'Booking flow',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  assistantNames: ['Clara'],
  messageCount: 3,
  preview: 'Which time suits you best?',
};

describe('SessionItem rename', () => {
  const renameSession = vi.fn(async () => null);
  beforeAll(async () => {
    await initI18n('en');
  });
  beforeEach(() => {
    renameSession.mockClear();
    useAppStore.setState({ renameSession });
  });

  const startEditing = async () => {
    render(<SessionItem summary={summary} hit={null} open={false} onError={() => undefined} />);
    await userEvent.click(screen.getByTestId('session-rename'));
    const input = screen.getByTestId('session-rename-input') as HTMLInputElement;
    expect(input.value).toBe('Booking flow');
    await userEvent.clear(input);
    await userEvent.type(input, 'Refund flow');
  };

  it('renames once on Enter', async () => {
    await startEditing();
    await userEvent.keyboard('{Enter}');
    expect(renameSession).toHaveBeenCalledTimes(1);
    expect(renameSession).toHaveBeenCalledWith('s1', 'Refund flow');
    expect(screen.queryByTestId('session-rename-input')).toBeNull();
  });

  it('keeps the old name on Escape', async () => {
    await startEditing();
    await userEvent.keyboard('{Escape}');
    expect(renameSession).not.toHaveBeenCalled();
    expect(screen.getByTestId('session-name').textContent).toBe('Booking flow');
  });

  it('shows the assistants, the message count and the latest message', () => {
    render(<SessionItem summary={summary} hit={null} open onError={() => undefined} />);
    expect(screen.getByTestId('session-open').textContent).toBe(
      'Booking flowClara · 3 messagesWhich time suits you best?',
    );
  });
});
