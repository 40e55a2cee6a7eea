import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../i18n';
import { FunctionCallInspector } from './FunctionCallInspector';
import { availabilityCall, bookingCall, entry, pane } from '../../testing/panesTestKit';

const testPane = pane('pane-test', [
  entry('t1', 'user', 'Slots on 2026-03-02?'),
  entry('t2', 'assistant', 'On 2026-03-02 I have 09:00 and 10:30.', [availabilityCall('2026-03-02')]),
  entry('t3', 'user', '10:30, my name is Ada'),
  entry('t4', 'assistant', 'All set, Ada!', [bookingCall('Ada')]),
]);
const widgetPane = pane(
  'pane-widget',
  [
    entry('w1', 'user', 'Slots on 2026-03-03?'),
    entry('w2', 'assistant', 'On 2026-03-03…', [availabilityCall('2026-03-03')]),
  ],
  { conversationType: 'widget', title: 'Widget' },
);

const names = () => screen.queryAllByTestId('call-name').map((element) => element.textContent);

const renderInspector = (overrides: Partial<Parameters<typeof FunctionCallInspector>[0]> = {}) => {
  const writeClipboard = vi.fn<(text: string) => Promise<void>>(async () => undefined);
  const onJumpToEntry = vi.fn<(paneId: string, entryId: string) => void>();
  render(
    <FunctionCallInspector
      panes={[testPane, widgetPane]}
      selectedPaneId="pane-test"
      onJumpToEntry={onJumpToEntry}
      writeClipboard={writeClipboard}
      {...overrides}
    />,
  );
  return { writeClipboard, onJumpToEntry };
};

describe('FunctionCallInspector', () => {
  beforeAll(async () => {
    await initI18n('en');
  });

  it('lists the selected pane’s calls with their exact arguments and result', () => {
    renderInspector();
    expect(names()).toEqual(['check_calendar_availability', 'book_appointment']);
    const [first] = screen.getAllByTestId('call-card');
    if (!first) throw new Error('expected a card');
    expect(within(first).getByTestId('call-arguments').textContent).toContain('"2026-03-02"');
    expect(within(first).getByTestId('call-result').textContent).toContain('"Dr. Miriam Hoffmann"');
    expect(screen.getByTestId('call-count').textContent).toContain('2 of 2');
  });

  it('filters by function name as the person types and says when nothing matches', async () => {
    const user = userEvent.setup();
    renderInspector();
    await user.type(screen.getByTestId('call-filter'), 'book');
    expect(names()).toEqual(['book_appointment']);
    expect(screen.getByTestId('call-count').textContent).toContain('1 of 2');
    await user.clear(screen.getByTestId('call-filter'));
    await user.type(screen.getByTestId('call-filter'), 'refund');
    expect(names()).toEqual([]);
    expect(screen.getByTestId('call-empty').textContent).toContain('No function call matches “refund”.');
  });

  it('shows every pane’s calls, labelled by pane, and the filter applies across them', async () => {
    const user = userEvent.setup();
    renderInspector();
    await user.click(screen.getByTestId('call-scope-all'));
    expect(names()).toEqual([
      'check_calendar_availability',
      'book_appointment',
      'check_calendar_availability',
    ]);
    await user.type(screen.getByTestId('call-filter'), 'CALENDAR');
    const cards = screen.getAllByTestId('call-card');
    expect(cards).toHaveLength(2);
    expect(cards[1]?.textContent).toContain('Widget');
  });

  it('jumps to the message a call belongs to', async () => {
    const user = userEvent.setup();
    const props = renderInspector();
    const [, booking] = screen.getAllByTestId('call-jump');
    if (!booking) throw new Error('expected two cards');
    expect(booking.textContent).toContain('All set, Ada!');
    await user.click(booking);
    expect(props.onJumpToEntry).toHaveBeenCalledWith('pane-test', 't4');
  });

  it('copies a call as JSON and confirms with a toast', async () => {
    const user = userEvent.setup();
    const props = renderInspector();
    const [copy] = screen.getAllByTestId('call-copy');
    if (!copy) throw new Error('expected a card');
    await user.click(copy);
    const copied = JSON.parse(String(props.writeClipboard.mock.calls[0]?.[0]));
    expect(copied).toMatchObject({
      turn: 1,
      name: 'check_calendar_availability',
      arguments: { date: '2026-03-02' },
    });
    expect((await screen.findByTestId('inspector-toast')).textContent).toContain(
      'check_calendar_availability copied as JSON.',
    );
  });

  it('says so when no call was made yet', () => {
    renderInspector({ panes: [pane('empty', [])], selectedPaneId: 'empty' });
    expect(screen.getByTestId('call-empty').textContent).toContain('No function calls yet');
  });
});
