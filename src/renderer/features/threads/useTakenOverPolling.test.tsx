import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  detail,
  history,
  ok,
  setUpReaderTests,
  showThread,
  threadAnswers,
} from '../../testing/threadsTestKit';
import { TAKEN_OVER_POLL_MS } from './useTakenOverPolling';
import { installFakeMainByChannel } from '../../testing/fakeMainTestKit';

const ID = '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b';

const openThread = async (aiEnabled: boolean) => {
  const entries = history(4);
  const fake = installFakeMainByChannel({
    ...threadAnswers(() => ok(detail([...entries]))),
    'whatsapp:senders': () => ok([]),
  });
  await showThread(ID, { aiEnabled });
  return { fake, entries };
};

describe('a taken-over thread on screen', () => {
  setUpReaderTests();
  afterEach(() => vi.useRealTimers());

  it('is read again now and then, and shows what the customer wrote meanwhile', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { fake, entries } = await openThread(false);
    entries.push({ role: 'user', content: 'Hallo? Ist da jemand?', functionCalls: [] });
    await act(() => vi.advanceTimersByTimeAsync(TAKEN_OVER_POLL_MS));
    expect(fake.callsTo('conversation:get')).toHaveLength(1);
    expect(await screen.findByText('Hallo? Ist da jemand?')).toBeTruthy();
  });

  it('is not polled while the AI answers it', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { fake } = await openThread(true);
    await act(() => vi.advanceTimersByTimeAsync(3 * TAKEN_OVER_POLL_MS));
    expect(fake.callsTo('conversation:get')).toHaveLength(0);
  });
});
