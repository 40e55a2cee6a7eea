import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../i18n';
import { useAppStore } from '../../stores/appStore';
import { OpenConversationBar } from './OpenConversationBar';
import { detail, history, ok, resetThreadsStore, threadAnswers } from '../../testing/threadsTestKit';
import { installFakeMainByChannel, removeFakeMain } from '../../testing/fakeMainTestKit';

const ID = '0b8e2c4a-1f3d-4e5a-9c7b-6d2e1f0a9b8c';

const mockClipboard = (readText: () => Promise<string>) =>
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { readText } });

describe('open a conversation by UUID', () => {
  beforeAll(async () => {
    await initI18n('en');
  });
  beforeEach(() => {
    resetThreadsStore();
    installFakeMainByChannel({ ...threadAnswers(() => ok(detail(history(2)))) });
  });
  afterEach(() => {
    removeFakeMain();
    Reflect.deleteProperty(navigator, 'clipboard');
  });

  it('opens a typed UUID', async () => {
    render(<OpenConversationBar />);
    await userEvent.type(screen.getByTestId('open-conversation-input'), `${ID}{Enter}`);
    await waitFor(() => expect(useAppStore.getState().openThread?.status).toBe('ready'));
    expect(useAppStore.getState().openThread?.conversationId).toBe(ID);
  });

  it('explains what it accepts when the text is neither a UUID nor a link', async () => {
    render(<OpenConversationBar />);
    await userEvent.type(screen.getByTestId('open-conversation-input'), 'hello{Enter}');
    expect(screen.getByTestId('open-conversation-notice').textContent).toMatch(/not a conversation UUID/);
    expect(useAppStore.getState().openThread).toBeNull();
  });

  it('turns a pasted famulor-playground link into its UUID', () => {
    render(<OpenConversationBar />);
    const input = screen.getByTestId('open-conversation-input') as HTMLInputElement;
    fireEvent.paste(input, { clipboardData: { getData: () => `famulor-playground://conversation/${ID}` } });
    expect(input.value).toBe(ID);
    expect(screen.getByTestId('open-conversation-notice').textContent).toMatch(/Link recognised/);
  });

  it('opens what the clipboard holds', async () => {
    mockClipboard(async () => `famulor-playground://conversation/${ID.toUpperCase()}`);
    render(<OpenConversationBar />);
    fireEvent.click(screen.getByTestId('open-conversation-clipboard'));
    await waitFor(() => expect(useAppStore.getState().openThread?.conversationId).toBe(ID));
  });

  it('says clearly when the browser denies the clipboard', async () => {
    mockClipboard(vi.fn(async () => Promise.reject(new DOMException('denied', 'NotAllowedError'))));
    render(<OpenConversationBar />);
    fireEvent.click(screen.getByTestId('open-conversation-clipboard'));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /did not allow reading the clipboard.*Ctrl\+V/,
    );
  });
});
