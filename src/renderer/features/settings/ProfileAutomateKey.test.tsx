import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n';
import { useAppStore } from '../../stores/appStore';
import { ProfileDetail } from './ProfileDetail';
import {
  callsTo,
  installFakeSettingsMain,
  resetProfiles,
  STAGING,
  type FakeSettingsMain,
} from '../../testing/settingsTestKit';
import { removeFakeMain } from '../../testing/fakeMainTestKit';

const AUTOMATE_KEY = 'fam_automate_7b41d3e9';
const API_STATUS = { hasKey: true, lastFour: 'abcd', backend: 'keychain' } as const;

const showDetail = async (main: FakeSettingsMain) => {
  await useAppStore.getState().loadProfiles();
  await useAppStore.getState().refreshKeyAvailability();
  render(<ProfileDetail profile={STAGING} />);
  return main;
};

describe('the Automate key of a profile', () => {
  beforeAll(async () => {
    await initI18n('en');
  });
  beforeEach(resetProfiles);
  afterEach(async () => {
    removeFakeMain();
    await i18next.changeLanguage('en');
  });

  it('adds, replaces and removes it beside the API key, which stays as it was', async () => {
    const user = userEvent.setup();
    const main = await showDetail(installFakeSettingsMain({ keys: { [STAGING.id]: API_STATUS } }));
    const panel = within(screen.getByTestId('automate-key-panel'));
    expect(panel.getByTestId('automate-key-status').textContent).toBe(
      'No Automate key stored: takeover uses the API key.',
    );
    expect(panel.queryByTestId('automate-key-remove')).toBeNull();

    const input = panel.getByLabelText('New Automate key');
    expect(input.getAttribute('type')).toBe('password');
    await user.type(input, AUTOMATE_KEY);
    await user.click(panel.getByTestId('automate-key-save'));
    await waitFor(() =>
      expect(panel.getByTestId('automate-key-status').textContent).toBe(
        `Key •••• ${AUTOMATE_KEY.slice(-4)}, stored in the system keychain.`,
      ),
    );
    expect(panel.getByTestId('automate-key-notice').textContent).toBe(
      'The Automate key was saved. Takeover uses it from now on.',
    );
    expect(input).toHaveProperty('value', '');
    expect(callsTo(main, 'secret:set')).toEqual([
      { profileId: STAGING.id, key: AUTOMATE_KEY, kind: 'automate' },
    ]);
    expect(JSON.stringify(useAppStore.getState())).not.toContain(AUTOMATE_KEY);
    expect(screen.getByTestId('key-status').textContent).toBe(
      'Key •••• abcd, stored in the system keychain.',
    );
    expect(panel.getByTestId('automate-key-save').textContent).toBe('Replace Automate key');

    await user.click(panel.getByTestId('automate-key-remove'));
    await waitFor(() =>
      expect(panel.getByTestId('automate-key-status').textContent).toBe(
        'No Automate key stored: takeover uses the API key.',
      ),
    );
    expect(callsTo(main, 'secret:remove')).toEqual([{ profileId: STAGING.id, kind: 'automate' }]);
    expect(screen.getByTestId('key-status').textContent).toBe(
      'Key •••• abcd, stored in the system keychain.',
    );
  });

  it('shows the status of a stored Automate key after a start, in German too', async () => {
    await i18next.changeLanguage('de');
    await showDetail(
      installFakeSettingsMain({
        automateKeys: { [STAGING.id]: { hasKey: true, lastFour: 'e9f0', backend: 'memory' } },
      }),
    );
    const panel = within(screen.getByTestId('automate-key-panel'));
    expect(panel.getByRole('heading').textContent).toBe('Automate-Schlüssel (Übernahme)');
    expect(panel.getByTestId('automate-key-status').textContent).toBe(
      'Schlüssel •••• e9f0, nur bis zum Beenden der App gemerkt.',
    );
    expect(panel.getByTestId('automate-key-remove').textContent).toBe('Automate-Schlüssel entfernen');
    expect(screen.getByTestId('key-status').textContent).toBe(
      'Für dieses Profil ist kein Schlüssel gespeichert.',
    );
  });
});
