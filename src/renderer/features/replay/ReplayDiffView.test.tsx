import { render, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n';
import { availabilityCall, entry, pane } from '../../testing/panesTestKit';
import { ReplayDiffView } from './ReplayDiffView';

const testPane = pane('t', [
  entry('t0', 'assistant', 'Hi, I am Clara.'),
  entry('t1', 'user', 'Slots on 2026-03-02?'),
  entry('t2', 'assistant', 'I have 09:00 and 10:30 free.', [
    availabilityCall('2026-03-02', ['09:00', '10:30']),
  ]),
  entry('t3', 'user', 'Thanks'),
  entry('t4', 'assistant', 'You are welcome!'),
]);
const widgetPane = pane(
  'w',
  [
    entry('w1', 'user', 'Slots on 2026-03-02?'),
    entry('w2', 'assistant', 'I have 09:00 free.', [availabilityCall('2026-03-02', ['09:00'])]),
    entry('w3', 'user', 'Thanks'),
    entry('w4', 'assistant', 'You are welcome!'),
  ],
  { conversationType: 'widget' },
);
const labels = new Map([
  ['t', 'Test'],
  ['w', 'Widget'],
]);

describe('ReplayDiffView', () => {
  beforeAll(async () => {
    await initI18n('en');
  });

  it('aligns the replies turn by turn and marks the words and call fields that differ', () => {
    render(<ReplayDiffView panes={[testPane, widgetPane]} labels={labels} />);
    const turns = screen.getAllByTestId('replay-turn');
    expect(turns.map((turn) => within(turn).getByTestId('replay-turn-message').textContent)).toEqual([
      'Slots on 2026-03-02?',
      'Thanks',
    ]);
    const [first, second] = turns;
    if (!first || !second) throw new Error('expected two turns');
    const diff = within(first).getByTestId('replay-reply-diff');
    expect([...diff.querySelectorAll('del')].map((node) => node.textContent?.trim())).toEqual(['and 10:30']);
    expect(diff.querySelectorAll('ins')).toHaveLength(0);
    const changedFields = within(first)
      .getAllByTestId('field-diff-row')
      .filter((row) => row.dataset.status !== 'same')
      .map((row) => row.dataset.path);
    expect(changedFields).toEqual(['available_slots[1]']);

    expect(within(second).getByTestId('replay-reply-diff').querySelectorAll('ins, del')).toHaveLength(0);
    expect(within(second).getAllByTestId('replay-reply')[1]?.textContent).toContain('identical');
    // A screen reader hears the pane and the verdict apart.
    expect(within(second).getAllByRole('heading', { level: 4 })[1]?.textContent).toMatch(/[^,], identical$/);
  });

  it('says there is nothing to compare before the first reply', () => {
    render(<ReplayDiffView panes={[pane('a', []), pane('b', [])]} labels={labels} />);
    expect(screen.queryByTestId('replay-diff')).toBeNull();
  });
});
