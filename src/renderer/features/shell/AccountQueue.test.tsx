import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../i18n';
import { AccountQueue } from './AccountQueue';
import { installFakeMainByChannel, removeFakeMain } from '../../testing/fakeMainTestKit';

describe('the account queue in the status bar', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    removeFakeMain();
  });

  it('shows the queued calls of its profile and counts down to the next, in English and German', async () => {
    await initI18n('en');
    const fake = installFakeMainByChannel({});
    render(<AccountQueue profileId="p-1" />);
    expect(screen.queryByTestId('status-account-queue')).toBeNull();
    act(() => fake.emit('pacer:account', { profileId: 'p-1', queued: 3, nextInMs: 7_000 }));
    expect(screen.getByTestId('status-account-queue').textContent).toBe('3 calls queued · next in 7 s');
    act(() => vi.advanceTimersByTime(2_000));
    expect(screen.getByTestId('status-account-queue').textContent).toBe('3 calls queued · next in 5 s');
    act(() => fake.emit('pacer:account', { profileId: 'other', queued: 9, nextInMs: 1_000 }));
    expect(screen.getByTestId('status-account-queue').textContent).toBe('3 calls queued · next in 5 s');
    act(() => fake.emit('pacer:account', { profileId: 'p-1', queued: 1, nextInMs: 4_000 }));
    expect(screen.getByTestId('status-account-queue').textContent).toBe('1 call queued · next in 4 s');
    await act(async () => initI18n('de'));
    expect(screen.getByTestId('status-account-queue').textContent).toBe('1 Anfrage wartet · nächste in 4 s');
    act(() => fake.emit('pacer:account', { profileId: 'p-1', queued: 0, nextInMs: 0 }));
    expect(screen.queryByTestId('status-account-queue')).toBeNull();
  });
});
