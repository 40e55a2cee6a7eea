import { act, screen, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { OFFLINE_DEMO_PROFILE } from '../../../shared/domain/profile';
import type { Result } from '../../../shared/result';
import { initI18n } from '../../i18n';
import { useHostStatus } from '../../lib/hostStatus';
import { useAppStore } from '../../stores/appStore';
import { callsTo, installFakeSettingsMain, resetProfiles, STAGING } from '../../testing/settingsTestKit';
import { showStatusBar } from '../../testing/shellTestKit';
import { FAILED_RECHECK_MS, HOST_CHECK_MS, QUIET_RECHECK_MS } from './useConnectionWatch';
import { createFakeEvents, removeFakeMain } from '../../testing/fakeMainTestKit';

const JANE = { name: 'Jane Roe', email: 'jane@example.com', totalBalance: 12 };
const KEY_STATUS = { hasKey: true, lastFour: 'abcd', backend: 'keychain' } as const;
const REFUSED = { code: 'network', reason: 'connection_refused' } as const;
const HOST_GONE: Result<never> = {
  ok: false,
  error: { code: 'network', reason: 'host_not_answering', diagnostic: 'TypeError: Failed to fetch' },
};

describe('an honest status bar', () => {
  beforeAll(async () => {
    await initI18n('en');
  });
  beforeEach(() => {
    resetProfiles();
    useHostStatus.setState({ answering: true });
  });
  afterEach(async () => {
    vi.useRealTimers();
    removeFakeMain();
    await i18next.changeLanguage('en');
  });

  it('turns red when a real call finds the connection down, and green with the account when calls get through', async () => {
    const events = createFakeEvents();
    let up = true;
    const main = installFakeSettingsMain(
      {
        activeId: STAGING.id,
        keys: { [STAGING.id]: KEY_STATUS },
        answer: async (channel) =>
          channel === 'profiles:test'
            ? up
              ? { ok: true, data: JANE }
              : { ok: false, error: REFUSED }
            : null,
      },
      events,
    );
    showStatusBar();
    await act(() => useAppStore.getState().loadProfiles());
    const profile = await screen.findByTestId('status-profile');
    await waitFor(() => expect(profile.textContent).toBe('Staging · connected as Jane Roe'));

    up = false;
    act(() => events.emit('connection:observed', { profileId: STAGING.id, error: REFUSED }));
    expect(profile.dataset.state).toBe('failed');
    expect(profile.textContent).toBe('Staging · error (No connection)');
    // Famulor answering some request again (even with a refusal of that one) is checked, not assumed.
    up = true;
    act(() => events.emit('connection:observed', { profileId: STAGING.id, error: null }));
    await waitFor(() => expect(profile.textContent).toBe('Staging · connected as Jane Roe'));
    expect(callsTo(main, 'profiles:test')).toHaveLength(2);
  });

  it('says within seconds that the browser mode’s host stopped answering, in German too, and clears when it is back', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    let hostUp = true;
    installFakeSettingsMain({
      answer: async (channel) => (!hostUp && channel === 'app:info' ? HOST_GONE : null),
    });
    await i18next.changeLanguage('de');
    showStatusBar('browser');
    await act(() => useAppStore.getState().loadProfiles());
    expect(screen.queryByTestId('status-host-down')).toBeNull();

    hostUp = false;
    await act(() => vi.advanceTimersByTimeAsync(HOST_CHECK_MS));
    const alert = screen.getByTestId('status-host-down');
    expect(alert.textContent).toContain('Der Hintergrundprozess der App antwortet nicht');
    expect(alert.textContent).toContain('Neu laden');
    expect(screen.queryByTestId('status-profile')).toBeNull();

    hostUp = true;
    await act(() => vi.advanceTimersByTimeAsync(HOST_CHECK_MS));
    expect(screen.queryByTestId('status-host-down')).toBeNull();
    expect(screen.getByTestId('status-profile')).toBeTruthy();
  });

  it('asks the desktop app nothing in the background, and rechecks a quiet profile only after a minute', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const main = installFakeSettingsMain({
      activeId: STAGING.id,
      keys: { [STAGING.id]: KEY_STATUS },
      answer: async (channel) => (channel === 'profiles:test' ? { ok: true, data: JANE } : null),
    });
    showStatusBar('desktop');
    await act(() => useAppStore.getState().loadProfiles());
    await act(() => vi.advanceTimersByTimeAsync(QUIET_RECHECK_MS - FAILED_RECHECK_MS));
    expect(callsTo(main, 'app:info')).toHaveLength(0);
    expect(callsTo(main, 'profiles:test')).toHaveLength(1);
    await act(() => vi.advanceTimersByTimeAsync(FAILED_RECHECK_MS));
    expect(callsTo(main, 'profiles:test')).toHaveLength(2);
    expect(screen.getByTestId('status-profile').textContent).toBe('Staging · connected as Jane Roe');
  });

  it('shows the built-in simulator as failing when a call to it cannot get through', async () => {
    const events = createFakeEvents();
    installFakeSettingsMain({}, events);
    showStatusBar();
    await act(() => useAppStore.getState().loadProfiles());
    act(() => events.emit('connection:observed', { profileId: OFFLINE_DEMO_PROFILE.id, error: REFUSED }));
    expect((await screen.findByTestId('status-profile')).dataset.state).toBe('failed');
  });
});
