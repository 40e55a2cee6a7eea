import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/result';
import { initI18n } from '../../i18n';
import { useAppStore } from '../../stores/appStore';
import { useUiStore } from '../../stores/uiStore';
import { callsTo, installFakeSettingsMain, resetProfiles, STAGING } from '../../testing/settingsTestKit';
import { showStatusBar } from '../../testing/shellTestKit';
import { removeFakeMain } from '../../testing/fakeMainTestKit';

const JANE = { name: 'Jane Roe', email: 'jane@example.com', totalBalance: 12 };
const KEY_STATUS = { hasKey: true, lastFour: 'abcd', backend: 'keychain' } as const;
const NO_ASSISTANTS = { assistants: [], currentPage: 1, lastPage: 1, perPage: 100, total: 0 };

describe('the status bar’s profile', () => {
  beforeAll(async () => {
    await initI18n('en');
  });
  beforeEach(() => {
    resetProfiles();
    useUiStore.setState({ view: 'playground' });
  });
  afterEach(removeFakeMain);

  it('names the built-in simulator and opens Settings on a click', async () => {
    const user = userEvent.setup();
    installFakeSettingsMain();
    showStatusBar();
    await useAppStore.getState().loadProfiles();
    const profile = await screen.findByTestId('status-profile');
    expect(profile.textContent).toBe('Offline demo · simulator');
    expect(screen.getByTestId('status-mode').textContent).toBe('Browser mode');
    expect(screen.getByTestId('status-platform').textContent).toBe('linux');
    expect(screen.getByTestId('status-version').textContent).toBe('v0.1.0');
    await user.click(profile);
    expect(useUiStore.getState().view).toBe('settings');
  });

  it('says when the active remote profile has no key', async () => {
    installFakeSettingsMain({ activeId: STAGING.id });
    showStatusBar();
    await useAppStore.getState().loadProfiles();
    expect((await screen.findByTestId('status-profile')).textContent).toBe('Staging · no key');
  });

  it('after a switch, checks the new profile, reloads the assistants and shows whose account it is', async () => {
    const main = installFakeSettingsMain({
      keys: { [STAGING.id]: KEY_STATUS },
      answer: async (channel): Promise<Result<unknown> | null> => {
        if (channel === 'profiles:activate') {
          main.activeId = STAGING.id;
          return { ok: true, data: { profiles: main.profiles, activeId: STAGING.id } };
        }
        if (channel === 'profiles:test') return { ok: true, data: JANE };
        if (channel === 'assistants:list') return { ok: true, data: NO_ASSISTANTS };
        return null;
      },
    });
    showStatusBar();
    await useAppStore.getState().loadProfiles();
    expect(callsTo(main, 'profiles:test')).toEqual([]);

    expect(await useAppStore.getState().activateProfile(STAGING.id)).toBeNull();
    await waitFor(() =>
      expect(screen.getByTestId('status-profile').textContent).toBe('Staging · connected as Jane Roe'),
    );
    expect(callsTo(main, 'profiles:test')).toEqual([{ id: STAGING.id }]);
    expect(callsTo(main, 'assistants:list')).toHaveLength(1);
  });

  it('shows a failed check as an error with its code', async () => {
    installFakeSettingsMain({
      activeId: STAGING.id,
      keys: { [STAGING.id]: KEY_STATUS },
      answer: async (channel) =>
        channel === 'profiles:test'
          ? { ok: false, error: { code: 'unauthorized', status: 401, reason: 'key_rejected' } }
          : null,
    });
    showStatusBar();
    await useAppStore.getState().loadProfiles();
    const profile = await screen.findByTestId('status-profile');
    expect(profile.textContent).toBe('Staging · error (Not authorized)');
    expect(profile.getAttribute('title')).toContain('Famulor rejected the API key.');
  });
});
