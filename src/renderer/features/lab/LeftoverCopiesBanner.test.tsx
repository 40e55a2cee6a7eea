import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ScratchCopy } from '../../../shared/domain/assistantLab';
import { initI18n } from '../../i18n';
import { useUiStore } from '../../stores/uiStore';
import { installFakeMainByChannel, removeFakeMain } from '../../testing/fakeMainTestKit';
import { LeftoverCopiesBanner } from './LeftoverCopiesBanner';

beforeAll(async () => {
  await initI18n('en');
});
beforeEach(() => useUiStore.setState({ leftoverOfferAnswered: false }));
afterEach(() => removeFakeMain());

const copy = (assistantId: number, createdAt: string): ScratchCopy => ({
  profileId: 'p',
  assistantId,
  uuid: null,
  name: `[draft] Clara · ${assistantId}`,
  originalId: 101,
  createdAt,
});
const EARLIER = '2026-12-06T09:00:00.000Z';
// Made after this page started: a comparison open now.
const NOW_OPEN = new Date(Date.now() + 60_000).toISOString();

describe('the start-up offer of leftover scratch copies', () => {
  it('offers only copies of an earlier run, deletes them one by one and keeps those that failed', async () => {
    let refuse = true;
    const fake = installFakeMainByChannel({
      'lab:leftovers': () => ({
        ok: true,
        data: [copy(901, EARLIER), copy(902, EARLIER), copy(903, NOW_OPEN)],
      }),
      'lab:discard': (input) =>
        input.assistantId === 902 && refuse
          ? { ok: false, error: { code: 'network', reason: 'unreachable' } }
          : { ok: true, data: {} },
    });
    render(<LeftoverCopiesBanner />);
    const banner = await screen.findByTestId('leftover-copies');
    expect(banner.textContent).toContain('2 scratch copies the prompt lab made are still on Famulor');
    expect(banner.textContent).toContain('[draft] Clara · 901, [draft] Clara · 902');
    expect(banner.textContent).not.toContain('903');

    await userEvent.click(screen.getByRole('button', { name: 'Delete them on Famulor' }));
    await screen.findByText(/Not all were deleted/);
    expect(screen.getByTestId('leftover-copies').textContent).not.toContain('901');
    refuse = false;
    await userEvent.click(screen.getByRole('button', { name: 'Delete them on Famulor' }));
    await waitFor(() => expect(screen.queryByTestId('leftover-copies')).toBeNull());
    expect(fake.callsTo('lab:discard')).toEqual([
      { assistantId: 901 },
      { assistantId: 902 },
      { assistantId: 902 },
    ]);
  });

  it('"Later" holds when the playground is shown again, and the record is not read again', async () => {
    const fake = installFakeMainByChannel({
      'lab:leftovers': () => ({ ok: true, data: [copy(901, EARLIER)] }),
    });
    const first = render(<LeftoverCopiesBanner />);
    await screen.findByTestId('leftover-copies');
    await userEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByTestId('leftover-copies')).toBeNull();
    first.unmount();
    render(<LeftoverCopiesBanner />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByTestId('leftover-copies')).toBeNull();
    expect(fake.callsTo('lab:leftovers')).toHaveLength(1);
  });
});
