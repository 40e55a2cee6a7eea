import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n';
import { ProfilesSection } from './ProfilesSection';
import { callsTo, installFakeSettingsMain, resetProfiles, STAGING } from '../../testing/settingsTestKit';
import { removeFakeMain } from '../../testing/fakeMainTestKit';

const KEYED = { hasKey: true, lastFour: '3f9a', backend: 'keychain' as const };

const editStaging = async () => {
  const user = userEvent.setup();
  render(<ProfilesSection />);
  await user.click(await screen.findByText('Staging', { selector: '.profile-row__name > span' }));
  await user.click(await screen.findByTestId('profile-edit'));
  return user;
};

describe('a keyed profile moving to another host', () => {
  beforeAll(async () => {
    await initI18n('en');
  });
  beforeEach(resetProfiles);
  afterEach(removeFakeMain);

  it('warns before saving a new origin, not a new path, and says afterwards that the key is gone', async () => {
    const main = installFakeSettingsMain({
      keys: { [STAGING.id]: KEYED },
      answer: async (channel, input) => {
        if (channel !== 'profiles:update') return null;
        const { patch } = input as { patch: { baseUrl: string } };
        return {
          ok: true,
          data: { profile: { ...STAGING, ...patch }, keyRemoved: true, automateKeyRemoved: false },
        };
      },
    });
    const user = await editStaging();
    const baseUrl = screen.getByLabelText('Base URL');
    await user.clear(baseUrl);
    await user.type(baseUrl, 'http://127.0.0.1:4010/v2/api');
    expect(screen.queryByTestId('profile-key-will-be-removed')).toBeNull();
    await user.clear(baseUrl);
    await user.type(baseUrl, 'https://other.example/api');
    expect(screen.getByTestId('profile-key-will-be-removed').textContent).toContain('http://127.0.0.1:4010');
    expect(screen.getByTestId('profile-key-will-be-removed').textContent).toContain('https://other.example');
    await user.click(screen.getByTestId('profile-save'));
    expect(callsTo(main, 'profiles:update')).toHaveLength(1);
    expect(await screen.findByTestId('profile-key-removed')).toHaveProperty(
      'textContent',
      'The profile now points to another host, so its key was removed. Enter the key again to use it there.',
    );
    await waitFor(() =>
      expect(
        screen.getAllByTestId('profile-row').find((row) => row.dataset.profileName === 'Staging')
          ?.textContent,
      ).toContain('No key'),
    );
  });

  it('says nothing about the key of a profile that has none', async () => {
    installFakeSettingsMain();
    const user = await editStaging();
    await user.clear(screen.getByLabelText('Base URL'));
    await user.type(screen.getByLabelText('Base URL'), 'https://other.example/api');
    expect(screen.queryByTestId('profile-key-will-be-removed')).toBeNull();
  });
});
