import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n';
import { useAppStore } from '../../stores/appStore';
import { FIRST_SCREEN_MESSAGES } from '../../stores/threadsSlice';
import { ThreadsView } from './ThreadsView';
import { detail, history, ok, resetThreadsStore, summary, threadAnswers } from '../../testing/threadsTestKit';
import { installFakeMainByChannel, removeFakeMain } from '../../testing/fakeMainTestKit';

const ID_A = '0b8e2c4a-1f3d-4e5a-9c7b-6d2e1f0a9b8c';
const ID_B = '1c9f3d5b-2a4e-4f6b-8d8c-7e3f2a1b0c9d';

const page = (ids: string[], nextCursor: string | null, prevCursor: string | null) =>
  ok({ conversations: ids.map((id) => summary(id)), perPage: 15, nextCursor, prevCursor });

describe('threads browser', () => {
  beforeAll(async () => {
    await initI18n('en');
  });
  beforeEach(resetThreadsStore);
  afterEach(removeFakeMain);

  it('loads the first page and shows every column', async () => {
    installFakeMainByChannel({ 'conversation:list': () => page([ID_A], null, null) });
    render(<ThreadsView />);
    const row = await screen.findByTestId(`thread-row-${ID_A}`);
    expect(within(row).getByText('WhatsApp')).toBeTruthy();
    expect(within(row).getByText('Clara')).toBeTruthy();
    expect(within(row).getByText('Anna Schmidt')).toBeTruthy();
    expect(within(row).getByText('+4915112345671 · via +4930123456101')).toBeTruthy();
    expect(within(row).getByTestId('thread-cell-messages').textContent).toBe('4');
    expect(within(row).getByText('$0.02')).toBeTruthy();
    expect(within(row).getByTestId('thread-cell-ai').textContent).toBe('On');
    // Famulor's zone-less UTC time, in the person's zone and language.
    expect(
      within(row)
        .getAllByText(/Jun 1, 2026/)
        .map((time) => time.getAttribute('datetime')),
    ).toEqual(['2026-06-01T10:00:00.000Z', '2026-06-01T10:05:00.000Z']);
    expect(
      within(row).getByRole('button', {
        name: /^Open the WhatsApp thread with Anna Schmidt, last update Jun 1, 2026/,
      }),
    ).toBeTruthy();
  });

  it('says the list is in Famulor’s order and sorts the page by a column a header names', async () => {
    const ID_C = '2d0a4e6c-3b5f-4a7c-9e9d-8f4a3b2c1d0e';
    installFakeMainByChannel({
      'conversation:list': () =>
        ok({
          conversations: [
            summary(ID_A, { createdAt: '2026-12-02 09:00:00', updatedAt: '2026-12-02 09:05:00' }),
            summary(ID_B, { createdAt: '2026-11-20 08:00:00', updatedAt: '2026-12-03 07:10:00' }),
            summary(ID_C, { createdAt: '2026-11-19 08:00:00', updatedAt: '2026-11-19 08:01:00' }),
          ],
          perPage: 15,
          nextCursor: null,
          prevCursor: null,
        }),
    });
    render(<ThreadsView />);
    await screen.findByTestId(`thread-row-${ID_A}`);
    const order = () => screen.getAllByTestId(/^thread-row-/).map((row) => row.dataset.testid?.slice(11, 12));
    expect(order()).toEqual(['0', '1', '2']);
    expect(screen.getByTestId('thread-order').textContent).toBe(
      'In Famulor’s order: newest started first. Choose a column to sort this page.',
    );

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /^Last update/ }));
    expect(order()).toEqual(['1', '0', '2']);
    expect(screen.getByRole('columnheader', { name: /^Last update/ }).getAttribute('aria-sort')).toBe(
      'descending',
    );
    expect(screen.getByTestId('thread-order').textContent).toContain(
      'This page by “Last update”, highest or latest first',
    );
    await user.click(screen.getByRole('button', { name: /^Last update/ }));
    expect(order()).toEqual(['2', '0', '1']);
    await user.click(screen.getByRole('button', { name: /^Last update/ }));
    expect(order()).toEqual(['0', '1', '2']);
    expect(screen.getByRole('columnheader', { name: /^Last update/ }).getAttribute('aria-sort')).toBeNull();
  });

  it("shows Famulor's documented sub-cent costs instead of rounding them to $0.00", async () => {
    const costs: Record<string, number> = { [ID_A]: 0.0045, [ID_B]: 0.0021 };
    installFakeMainByChannel({
      'conversation:list': () =>
        ok({
          conversations: [ID_A, ID_B].map((id) => summary(id, { totalCost: costs[id] })),
          perPage: 15,
          nextCursor: null,
          prevCursor: null,
        }),
    });
    render(<ThreadsView />);
    expect(within(await screen.findByTestId(`thread-row-${ID_A}`)).getByText('$0.0045')).toBeTruthy();
    expect(within(screen.getByTestId(`thread-row-${ID_B}`)).getByText('$0.0021')).toBeTruthy();
  });

  it('sends the filters and pages with the cursors Famulor returned', async () => {
    const fake = installFakeMainByChannel({
      'conversation:list': (input) => {
        const cursor = (input as { cursor?: string }).cursor;
        return cursor === 'next-1' ? page([ID_B], null, 'prev-2') : page([ID_A], 'next-1', null);
      },
    });
    render(<ThreadsView />);
    await screen.findByTestId(`thread-row-${ID_A}`);
    await userEvent.type(screen.getByTestId('filter-customer-phone'), '+4915112345671');
    await userEvent.selectOptions(screen.getByTestId('filter-type'), 'whatsapp');
    await userEvent.click(screen.getByTestId('filter-apply'));
    await waitFor(() =>
      expect(fake.callsTo('conversation:list').at(-1)).toEqual({
        type: 'whatsapp',
        customerPhone: '+4915112345671',
        perPage: 15,
      }),
    );
    await userEvent.click(await screen.findByTestId('page-next'));
    await screen.findByTestId(`thread-row-${ID_B}`);
    expect(fake.callsTo('conversation:list').at(-1)).toMatchObject({
      cursor: 'next-1',
      customerPhone: '+4915112345671',
    });
    expect(screen.getByTestId('page-number').textContent).toBe('Page 2');
    expect((screen.getByTestId('page-next') as HTMLButtonElement).disabled).toBe(true);
    await userEvent.click(screen.getByTestId('page-prev'));
    await screen.findByTestId(`thread-row-${ID_A}`);
    expect(fake.callsTo('conversation:list').at(-1)).toMatchObject({ cursor: 'prev-2' });
    expect(screen.getByTestId('page-number').textContent).toBe('Page 1');
  });

  it('refuses a UUID in the assistant id filter before asking Famulor', async () => {
    const fake = installFakeMainByChannel({ 'conversation:list': () => page([ID_A], null, null) });
    render(<ThreadsView />);
    await screen.findByTestId(`thread-row-${ID_A}`);
    await userEvent.type(screen.getByTestId('filter-assistant'), '3f6c1b2e');
    expect(screen.getByText(/whole-number id/)).toBeTruthy();
    expect((screen.getByTestId('filter-apply') as HTMLButtonElement).disabled).toBe(true);
    expect(fake.callsTo('conversation:list')).toHaveLength(1);
  });

  it('shows an empty state that clears the filters, and an error with a retry', async () => {
    let fail = true;
    installFakeMainByChannel({
      'conversation:list': () =>
        fail ? { ok: false, error: { code: 'network', reason: 'unreachable' } } : page([], null, null),
    });
    render(<ThreadsView />);
    expect((await screen.findByTestId('thread-list-error')).textContent).toContain(
      'Famulor could not be reached.',
    );
    fail = false;
    await userEvent.click(screen.getByText('Try again'));
    expect(await screen.findByTestId('thread-list-empty')).toBeTruthy();
  });

  it('opens a conversation from its row with what the list knew about it', async () => {
    const fake = installFakeMainByChannel({
      'conversation:list': () => page([ID_A], null, null),
      ...threadAnswers(() => ok(detail(history(4)))),
    });
    render(<ThreadsView />);
    await userEvent.click(await screen.findByText('Anna Schmidt'));
    expect(await screen.findByTestId('thread-reader')).toBeTruthy();
    expect(fake.callsTo('conversation:open')).toEqual([
      { conversationId: ID_A, latest: FIRST_SCREEN_MESSAGES, tag: 'threads' },
    ]);
    expect(screen.getByTestId('thread-ai-state').dataset.state).toBe('on');
    expect(useAppStore.getState().openThread?.summary?.id).toBe(ID_A);
  });

  it('moves the focus into an opened thread and back to its row when going back, all by keyboard', async () => {
    installFakeMainByChannel({
      'conversation:list': () => page([ID_A, ID_B], null, null),
      ...threadAnswers(() => ok(detail(history(4)))),
    });
    render(<ThreadsView />);
    const user = userEvent.setup();
    const rowB = await screen.findByTestId(`thread-row-${ID_B}`);
    within(rowB).getByTestId('thread-open').focus();
    await user.keyboard('{Enter}');
    await screen.findByTestId('thread-reader');
    expect(document.activeElement).toBe(screen.getByTestId('thread-title'));

    // Ctrl+F from wherever the focus fell, even <body>.
    (document.activeElement as HTMLElement).blur();
    await user.keyboard('{Control>}f{/Control}');
    expect(document.activeElement).toBe(screen.getByTestId('thread-search'));

    screen.getByTestId('thread-back').focus();
    await user.keyboard('{Enter}');
    const backInList = await screen.findByTestId(`thread-row-${ID_B}`);
    await waitFor(() => expect(document.activeElement).toBe(within(backInList).getByTestId('thread-open')));
  });
});
