import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../shared/domain/famulor';
import type { Result } from '../../../shared/result';
import { useAppStore } from '../../stores/appStore';
import { FIRST_SCREEN_MESSAGES } from '../../stores/threadsSlice';
import { ThreadsView } from './ThreadsView';
import { detail, history, ok, setUpReaderTests, summary } from '../../testing/threadsTestKit';
import { installFakeMainByChannel, type FakeHandlers } from '../../testing/fakeMainTestKit';

// A thread opens at its latest entries (conversation:open) and fills in the earlier ones (conversation:earlier):
// what the reader shows and offers in between, and when the earlier ones do not come.
const ID = '0b8e2c4a-1f3d-4e5a-9c7b-6d2e1f0a9b8c';
const COUNT = 300;
const EARLIER = COUNT - FIRST_SCREEN_MESSAGES;
const whole = history(COUNT);

const opened = () =>
  ok({
    detail: detail(whole.slice(EARLIER)),
    earlier: { count: EARLIER, hold: 'hold-1' },
  });

/** Opens the thread with main's `earlier` answer left to the test, and resolves once the latest entries show. */
const openWith = async (earlier: FakeHandlers['conversation:earlier'], extra: FakeHandlers = {}) => {
  const fake = installFakeMainByChannel({
    'conversation:open': opened,
    'conversation:earlier': earlier,
    ...extra,
  });
  render(<ThreadsView />);
  let done: Promise<void> = Promise.resolve();
  act(() => {
    done = useAppStore.getState().openThreadById(ID, summary(ID, { messageCount: COUNT }));
  });
  await screen.findByTestId('thread-messages');
  return { fake, done };
};

describe('opening a long thread', () => {
  setUpReaderTests();

  it('shows the latest entries in their places at once, and the whole history when the earlier ones arrive', async () => {
    let deliver: (result: Result<HistoryEntry[]>) => void = () => undefined;
    const { fake, done } = await openWith(() => new Promise((resolve) => (deliver = resolve)));
    const list = screen.getByTestId('thread-messages');
    expect(list.getAttribute('aria-busy')).toBe('true');
    expect(list.getAttribute('aria-label')).toContain(`${COUNT} messages`);
    // The list starts at its top here (jsdom does not scroll): the earlier entries' places say they are coming.
    expect(screen.getAllByTestId('message-pending')[0]?.textContent).toBe('Loading earlier messages…');
    expect(screen.queryByTestId('message-0')).toBeNull();
    expect(useAppStore.getState().openThread?.detail).toBeNull();
    await waitFor(() => expect(fake.callsTo('conversation:earlier')).toEqual([{ hold: 'hold-1' }]));

    await act(async () => {
      deliver(ok(whole.slice(0, EARLIER)));
      await done;
    });
    expect(list.getAttribute('aria-busy')).toBe('false');
    expect(screen.queryByTestId('message-pending')).toBeNull();
    expect(screen.getByTestId('message-0').textContent).toContain('Where is my parcel NW-0?');
    expect(useAppStore.getState().openThread?.detail?.history).toEqual(whole);
    expect(screen.getByTestId('side-tab-calls').textContent).toContain(String(COUNT / 2));
  });

  it('keeps the latest entries on screen when the earlier ones fail, and Try again loads the whole thread', async () => {
    const { fake, done } = await openWith(
      () => ({ ok: false, error: { code: 'network', reason: 'connection_reset' } }),
      { 'conversation:get': () => ok(detail(whole)) },
    );
    await act(() => done);
    expect((await screen.findByTestId('thread-earlier-error')).textContent).toMatch(
      /earlier messages could not be loaded/,
    );
    expect(screen.queryByTestId('thread-error')).toBeNull();
    expect(screen.getAllByTestId('message-pending').length).toBeGreaterThan(0);

    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.queryByTestId('thread-earlier-error')).toBeNull());
    expect(fake.callsTo('conversation:get')).toEqual([{ conversationId: ID, tag: 'threads' }]);
    expect(screen.getByTestId('message-0')).toBeTruthy();
  });

  it('loads the whole thread in one answer when main no longer holds the earlier entries', async () => {
    const { fake, done } = await openWith(
      () => ({ ok: false, error: { code: 'not_found', reason: 'history_hold_gone' } }),
      { 'conversation:get': () => ok(detail(whole)) },
    );
    await act(() => done);
    expect(fake.callsTo('conversation:get')).toHaveLength(1);
    expect(useAppStore.getState().openThread?.detail?.history).toEqual(whole);
    expect(screen.queryByTestId('thread-earlier-error')).toBeNull();
    expect(screen.getByTestId('message-0')).toBeTruthy();
  });
});
