import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n';
import { CallDiffView } from './CallDiffView';
import { availabilityCall, bookingCall, entry, pane } from '../../testing/panesTestKit';

const testPane = pane('a', [
  entry('a1', 'user', 'Slots on 2026-03-02?'),
  entry('a2', 'assistant', '09:00, 10:30', [availabilityCall('2026-03-02', ['09:00', '10:30'])]),
  entry('a3', 'user', 'Book 10:30 for Ada'),
  entry('a4', 'assistant', 'Booked', [bookingCall('Ada')]),
]);
const widgetPane = pane(
  'b',
  [
    entry('b1', 'user', 'Slots on 2026-03-02?'),
    entry('b2', 'assistant', '09:00', [availabilityCall('2026-03-02', ['09:00', '16:30'])]),
    entry('b3', 'user', 'Book 10:30 for Ada'),
    entry('b4', 'assistant', 'Booked', [bookingCall('Ada')]),
  ],
  { conversationType: 'widget' },
);

const changedPaths = (table: HTMLElement) =>
  within(table)
    .queryAllByTestId('field-diff-row')
    .filter((row) => row.dataset.status !== 'same')
    .map((row) => row.dataset.path);

describe('CallDiffView', () => {
  beforeAll(async () => {
    await initI18n('en');
  });

  it('opens on the latest common turn and highlights exactly the fields that differ in the chosen turn', async () => {
    const user = userEvent.setup();
    render(<CallDiffView panes={[testPane, widgetPane]} />);
    expect((screen.getByTestId('call-diff-turn') as HTMLSelectElement).value).toBe('2');
    expect(screen.getByTestId('call-diff-pair').getAttribute('data-status')).toBe('same');

    await user.selectOptions(screen.getByTestId('call-diff-turn'), '1');
    const pair = screen.getByTestId('call-diff-pair');
    expect(pair.getAttribute('data-status')).toBe('changed');
    expect(changedPaths(within(pair).getByTestId('call-diff-arguments'))).toEqual([]);
    expect(changedPaths(within(pair).getByTestId('call-diff-result'))).toEqual(['available_slots[1]']);
    const changedRow = within(pair)
      .getAllByTestId('field-diff-row')
      .find((row) => row.dataset.path === 'available_slots[1]');
    expect(changedRow?.classList.contains('field-diff__row--changed')).toBe(true);
    expect(changedRow?.textContent).toContain('"10:30"');
    expect(changedRow?.textContent).toContain('"16:30"');
  });

  it('marks a call only one pane made', async () => {
    const user = userEvent.setup();
    const silent = pane('c', [
      entry('c1', 'user', 'Slots on 2026-03-02?'),
      entry('c2', 'assistant', 'Which day?'),
    ]);
    render(<CallDiffView panes={[testPane, silent]} />);
    expect(screen.getByTestId('call-diff-pair').getAttribute('data-status')).toBe('onlyLeft');
    await user.selectOptions(screen.getByTestId('call-diff-left'), 'c');
    await user.selectOptions(screen.getByTestId('call-diff-right'), 'a');
    expect(screen.getByTestId('call-diff-pair').getAttribute('data-status')).toBe('onlyRight');
  });

  it('opens on the latest turn with calls, not on a later turn without any', () => {
    const chat = (id: string, source: typeof testPane) =>
      pane(id, [
        ...source.transcript,
        entry(`${id}5`, 'user', 'Thanks!'),
        entry(`${id}6`, 'assistant', 'You are welcome.'),
      ]);
    render(<CallDiffView panes={[chat('x', testPane), chat('y', widgetPane)]} />);
    expect((screen.getByTestId('call-diff-turn') as HTMLSelectElement).value).toBe('2');
    expect(screen.getByTestId('call-diff-pair').getAttribute('data-status')).toBe('same');
  });

  it('asks for a second pane when there is only one', () => {
    render(<CallDiffView panes={[testPane]} />);
    expect(screen.getByTestId('call-diff-empty')).toBeTruthy();
  });
});
