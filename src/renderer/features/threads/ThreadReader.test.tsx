import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../stores/appStore';
import { ThreadsView } from './ThreadsView';
import { detail, history, ok, setUpReaderTests, summary, threadAnswers } from '../../testing/threadsTestKit';
import { installFakeMainByChannel } from '../../testing/fakeMainTestKit';

const ID = '0b8e2c4a-1f3d-4e5a-9c7b-6d2e1f0a9b8c';

// jsdom's Blob has no text(); its FileReader does.
const readBlob = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });

const openLongThread = async (count: number, aiEnabled = true) => {
  const fake = installFakeMainByChannel({
    ...threadAnswers(() => ok(detail(history(count)))),
    'conversation:disableAi': () => ok({ aiEnabled: false }),
    'conversation:enableAi': () => ok({ aiEnabled: true }),
    // Main's key check; it passes a thread that holds no stored key, as these do.
    'exports:check': () => ok({ clean: true }),
  });
  render(<ThreadsView />);
  await act(() => useAppStore.getState().openThreadById(ID, summary(ID, { aiEnabled, messageCount: count })));
  await screen.findByTestId('thread-messages');
  return fake;
};

describe('thread reader', () => {
  setUpReaderTests();

  it('renders only a screenful of a 10,000-message thread', async () => {
    await openLongThread(10_000);
    const rows = screen.getAllByTestId(/^message-\d+$/);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(60);
    expect(screen.getByTestId('message-0').textContent).toContain('Where is my parcel NW-0?');
    expect(screen.getByTestId('detail-messages').textContent).toBe('10,000');
  });

  it('searches with Enter and Shift+Enter, numbering and highlighting the current match', async () => {
    await openLongThread(6);
    const search = screen.getByTestId('thread-search');
    await userEvent.type(search, 'nw-2');
    await waitFor(() => expect(screen.getByTestId('thread-search-count').textContent).toBe('1 of 2'));
    expect(screen.getByTestId('search-current').textContent).toBe('NW-2');
    expect(within(screen.getByTestId('message-2')).getByTestId('search-current')).toBeTruthy();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByTestId('thread-search-count').textContent).toBe('2 of 2');
    expect(within(screen.getByTestId('message-3')).getByTestId('search-current')).toBeTruthy();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByTestId('thread-search-count').textContent).toBe('1 of 2');
    await userEvent.keyboard('{Shift>}{Enter}{/Shift}');
    expect(screen.getByTestId('thread-search-count').textContent).toBe('2 of 2');
    await userEvent.keyboard('{Escape}');
    expect((search as HTMLInputElement).value).toBe('');
    expect(screen.queryByTestId('search-current')).toBeNull();
  });

  it('lists every function call, opens one inline and shows it in full in the inspector', async () => {
    await openLongThread(6);
    expect(screen.getByTestId('side-tab-calls').textContent).toBe('Function calls (3)');
    expect(screen.queryByTestId('inline-call-json-3:0')).toBeNull();
    expect(screen.queryByTestId('thread-call-inspector')).toBeNull();
    await userEvent.click(screen.getByTestId('call-item-3:0'));
    const json = await screen.findByTestId('inline-call-json-3:0');
    expect(json.textContent).toContain('NW-2');
    const inspector = screen.getByTestId('thread-call-inspector');
    expect(inspector.textContent).toContain('track_order');
    expect(inspector.textContent).toContain('message #4');
    expect(within(inspector).getByTestId('call-arguments').textContent).toContain('NW-2');
    expect(within(inspector).getByTestId('call-result').textContent).toContain('shipped');
    await userEvent.click(screen.getByTestId('inline-call-3:0'));
    expect(screen.queryByTestId('inline-call-json-3:0')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Close the call details' }));
    expect(screen.queryByTestId('thread-call-inspector')).toBeNull();
  });

  it('shows the customer, the WhatsApp sender and the variables', async () => {
    await openLongThread(2);
    expect(screen.getByTestId('detail-customer').textContent).toBe('Anna Schmidt · +4915112345671');
    expect(screen.getByTestId('detail-sender').textContent).toBe('Clinic · +4930123456101');
    expect(screen.getByTestId('detail-variables').textContent).toContain('"customer_name": "Anna Schmidt"');
  });

  it('names both zones when the assistant works in another zone than the person’s', async () => {
    const yours = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    const elsewhere = yours === 'Asia/Tokyo' ? 'Europe/Berlin' : 'Asia/Tokyo';
    const clara = { id: 101, uuid: '3f6c1b2e-8d4a-4c7e-9b1f-2a5d7e9c0b13', name: 'Clara', variables: {} };
    const assistant = {
      ...clara,
      initialMessage: '',
      systemPrompt: '',
      language: 'en',
      status: 'active',
      raw: {},
    };
    useAppStore.setState({
      assistants: { list: [{ ...assistant, timezone: elsewhere }], status: 'ready', error: null },
    });
    await openLongThread(2);
    expect(screen.getByTestId('detail-zone').textContent).toBe(
      `Times are in your zone (${yours}); the assistant works in ${elsewhere}.`,
    );
  });

  it('says nothing about zones when the assistant works in the person’s own', async () => {
    const yours = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    const assistant = {
      id: 101,
      uuid: '3f6c1b2e-8d4a-4c7e-9b1f-2a5d7e9c0b13',
      name: 'Clara',
      variables: {},
      initialMessage: '',
      systemPrompt: '',
      language: 'en',
      status: 'active',
      raw: {},
      timezone: yours,
    };
    useAppStore.setState({ assistants: { list: [assistant], status: 'ready', error: null } });
    await openLongThread(2);
    expect(screen.queryByTestId('detail-zone')).toBeNull();
  });

  it('takes over only after confirming, and hands back the same way', async () => {
    const fake = await openLongThread(2);
    await userEvent.click(screen.getByTestId('thread-takeover'));
    expect(screen.getByTestId('confirm-dialog')).toBeTruthy();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByTestId('confirm-dialog')).toBeNull();
    expect(fake.callsTo('conversation:disableAi')).toHaveLength(0);

    await userEvent.click(screen.getByTestId('thread-takeover'));
    await userEvent.click(screen.getByTestId('confirm-accept'));
    await waitFor(() => expect(screen.getByTestId('thread-ai-state').dataset.state).toBe('off'));
    expect(fake.callsTo('conversation:disableAi')).toEqual([{ conversationId: ID }]);

    await userEvent.click(screen.getByTestId('thread-handback'));
    await userEvent.click(screen.getByTestId('confirm-accept'));
    await waitFor(() => expect(screen.getByTestId('thread-ai-state').dataset.state).toBe('on'));
  });

  it('downloads the thread through a Blob link', async () => {
    await openLongThread(2);
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:thread');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toMatch(/^thread-0b8e2c4a.*\.md$/);
      expect(this.href).toBe('blob:thread');
    });
    await userEvent.click(screen.getByTestId('thread-export'));
    await userEvent.click(screen.getByTestId('export-markdown'));
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    const blob = createObjectURL.mock.calls[0]?.[0] as Blob;
    expect(await readBlob(blob)).toContain('<summary>Function call <code>track_order</code></summary>');
    click.mockRestore();
  });

  it('explains a conversation Famulor does not know', async () => {
    installFakeMainByChannel({
      ...threadAnswers(() => ({
        ok: false,
        error: { code: 'not_found', reason: 'session_gone' },
      })),
    });
    render(<ThreadsView />);
    await act(() => useAppStore.getState().openThreadById(ID));
    expect((await screen.findByTestId('thread-error')).textContent).toMatch(
      /does not know this conversation/,
    );
    expect(screen.getByTestId('thread-ai-state').dataset.state).toBe('unknown');
  });
});
