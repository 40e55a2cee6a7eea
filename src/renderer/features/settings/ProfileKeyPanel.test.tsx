import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SecretStatus } from '../../../shared/domain/secret';
import { initI18n } from '../../i18n';
import { useAppStore } from '../../stores/appStore';
import { ProfileKeyPanel } from './ProfileKeyPanel';
import {
  callsTo,
  installFakeSettingsMain,
  resetProfiles,
  STAGING,
  type FakeSettingsMain,
} from '../../testing/settingsTestKit';
import { removeFakeMain } from '../../testing/fakeMainTestKit';

const KEY = 'fk_live_9c2e7b41d3';

const showPanel = async (main: FakeSettingsMain) => {
  await useAppStore.getState().loadProfiles();
  await useAppStore.getState().refreshKeyAvailability();
  render(<ProfileKeyPanel profile={STAGING} />);
  return main;
};

const statusOf = (backend: SecretStatus['backend']): SecretStatus => ({
  hasKey: true,
  lastFour: 'abcd',
  backend,
});

describe('the key of a profile', () => {
  beforeAll(async () => {
    await initI18n('en');
  });
  beforeEach(resetProfiles);
  afterEach(removeFakeMain);

  it.each([
    ['keychain', 'Key •••• abcd, stored in the system keychain.'],
    ['safeStorage', 'Key •••• abcd, encrypted with safeStorage.'],
    ['memory', 'Key •••• abcd, kept for this run only.'],
  ] as const)(
    'says where a %s key is kept and shows only its last four characters',
    async (backend, text) => {
      await showPanel(installFakeSettingsMain({ keys: { [STAGING.id]: statusOf(backend) } }));
      expect(screen.getByTestId('key-status').textContent).toBe(text);
      expect(screen.getByTestId('key-save').textContent).toBe('Replace key');
      expect(screen.getByTestId('key-remove')).toBeTruthy();
    },
  );

  it('says when there is no key and offers no removal', async () => {
    await showPanel(installFakeSettingsMain());
    expect(screen.getByTestId('key-status').textContent).toBe('No key stored for this profile.');
    expect(screen.getByTestId('key-save').textContent).toBe('Save key');
    expect(screen.queryByTestId('key-remove')).toBeNull();
  });

  it('sends the key to main, clears the password field and keeps the key in no store', async () => {
    const user = userEvent.setup();
    const main = await showPanel(installFakeSettingsMain());
    const input = screen.getByLabelText('New API key');
    expect(input.getAttribute('type')).toBe('password');
    await user.type(input, KEY);
    await user.click(screen.getByTestId('key-save'));

    await waitFor(() =>
      expect(screen.getByTestId('key-status').textContent).toBe(
        `Key •••• ${KEY.slice(-4)}, stored in the system keychain.`,
      ),
    );
    expect(input).toHaveProperty('value', '');
    expect(callsTo(main, 'secret:set')).toEqual([{ profileId: STAGING.id, key: KEY }]);
    expect(JSON.stringify(useAppStore.getState())).not.toContain(KEY);
  });

  it('shows main’s reason for a malformed key next to the field and keeps what was typed', async () => {
    const user = userEvent.setup();
    const message = 'An API key has no spaces or line breaks; check that only the key was copied.';
    await showPanel(
      installFakeSettingsMain({
        answer: async (channel) =>
          channel === 'secret:set'
            ? {
                ok: false,
                error: {
                  code: 'validation',
                  reason: 'key_has_spaces',
                  fieldIssues: { key: [{ rule: 'invalid_format' }] },
                },
              }
            : null,
      }),
    );
    const input = screen.getByLabelText('New API key');
    await user.type(input, 'fk live');
    await user.click(screen.getByTestId('key-save'));
    expect((await screen.findByTestId('key-error')).textContent).toBe(`The key was not saved: ${message}`);
    expect(input.getAttribute('aria-describedby')).toBe(screen.getByTestId('key-error').id);
    expect(input).toHaveProperty('value', 'fk live');
    expect(screen.getByTestId('key-status').textContent).toBe('No key stored for this profile.');
  });

  it('says plainly why the keychain is unavailable and keeps the key for this run when asked to', async () => {
    const user = userEvent.setup();
    const reason = 'The system keychain cannot be used: Cannot autolaunch D-Bus without X11 $DISPLAY';
    const main = await showPanel(
      installFakeSettingsMain({
        availability: {
          keychain: 'unavailable',
          reason,
          safeStorage: 'unavailable',
          safeStorageProblem: 'desktopOnly',
        },
      }),
    );
    expect(screen.getByTestId('safe-storage-unavailable').textContent).toBe(
      'safeStorage is not available either: it exists only in the desktop app.',
    );
    const notice = screen.getByTestId('keychain-unavailable');
    expect(notice.textContent).toContain('The system keychain is unavailable.');
    expect(notice.textContent).toContain('The system keychain cannot be used.');
    expect(notice.textContent).not.toContain(reason);
    expect(screen.queryByTestId('key-backend-safeStorage')).toBeNull();
    expect(screen.getByTestId('key-backend-memory')).toHaveProperty('checked', true);

    await user.type(screen.getByLabelText('New API key'), KEY);
    await user.click(screen.getByTestId('key-save'));
    await waitFor(() =>
      expect(screen.getByTestId('key-status').textContent).toContain('kept for this run only'),
    );
    expect(callsTo(main, 'secret:set')).toEqual([{ profileId: STAGING.id, key: KEY, backend: 'memory' }]);
  });

  it('says what to install when the keychain module was not built, in the words of this OS', async () => {
    await showPanel(
      installFakeSettingsMain({
        availability: {
          keychain: 'unavailable',
          reason: "The system keychain cannot be used: Cannot find package 'keytar'",
          keychainFix: 'linuxLibsecret',
          safeStorage: 'available',
        },
      }),
    );
    const notice = screen.getByTestId('keychain-unavailable');
    expect(notice.textContent).toContain('sudo apt-get install libsecret-1-dev pkg-config');
    expect(notice.textContent).toContain('npm install');
    expect(notice.textContent).not.toContain("Cannot find package 'keytar'");
    expect(screen.getByTestId('key-backend-safeStorage')).toHaveProperty('checked', true);
  });

  it('words why safeStorage is not offered in German, naming an unknown backend', async () => {
    await i18next.changeLanguage('de');
    try {
      await showPanel(
        installFakeSettingsMain({
          availability: {
            keychain: 'unavailable',
            reason: 'The system keychain cannot be used: Cannot autolaunch D-Bus',
            safeStorage: 'unavailable',
            safeStorageProblem: 'unknownBackend',
            safeStorageBackend: 'gnome_keyring_legacy',
          },
        }),
      );
      const notice = screen.getByTestId('keychain-unavailable').textContent ?? '';
      expect(screen.getByTestId('safe-storage-unavailable').textContent).toBe(
        'safeStorage wird ebenfalls nicht angeboten: Es bewahrt seinen Schlüssel in „gnome_keyring_legacy“ auf, keinem Schlüsselbund, für den die App bürgen kann.',
      );
      expect(notice).not.toMatch(/\b(the|is|not|cannot|either)\b/);
    } finally {
      await i18next.changeLanguage('en');
    }
  });

  it('offers safeStorage where it is backed by a real keyring, and passes the choice on', async () => {
    const user = userEvent.setup();
    const main = await showPanel(
      installFakeSettingsMain({
        availability: {
          keychain: 'unavailable',
          reason: 'The keychain is locked.',
          safeStorage: 'available',
        },
      }),
    );
    expect(screen.getByTestId('key-backend-safeStorage')).toHaveProperty('checked', true);
    await user.click(screen.getByTestId('key-backend-memory'));
    await user.click(screen.getByTestId('key-backend-safeStorage'));
    await user.type(screen.getByLabelText('New API key'), KEY);
    await user.click(screen.getByTestId('key-save'));
    await waitFor(() =>
      expect(screen.getByTestId('key-status').textContent).toContain('encrypted with safeStorage'),
    );
    expect(callsTo(main, 'secret:set')).toEqual([
      { profileId: STAGING.id, key: KEY, backend: 'safeStorage' },
    ]);
  });

  it('offers the fallbacks when the keychain answered the probe but refuses the key', async () => {
    const user = userEvent.setup();
    const timeout = 'The system keychain did not answer within 3 s. Is it locked?';
    const main = await showPanel(
      installFakeSettingsMain({
        answer: async (channel, input) =>
          channel === 'secret:set' && !(input as { backend?: string }).backend
            ? { ok: false, error: { code: 'keychain', reason: 'keychain_locked', params: { seconds: 3 } } }
            : null,
      }),
    );
    expect(screen.queryByTestId('keychain-unavailable')).toBeNull();
    await user.type(screen.getByLabelText('New API key'), KEY);
    await user.click(screen.getByTestId('key-save'));

    const notice = await screen.findByTestId('keychain-unavailable');
    expect(notice.textContent).toContain(timeout);
    expect(screen.getByLabelText('New API key')).toHaveProperty('value', KEY);
    await user.click(screen.getByTestId('key-save'));
    await waitFor(() =>
      expect(screen.getByTestId('key-status').textContent).toContain('kept for this run only'),
    );
    expect(callsTo(main, 'secret:set')).toEqual([
      { profileId: STAGING.id, key: KEY },
      { profileId: STAGING.id, key: KEY, backend: 'memory' },
    ]);
  });

  it('removes the key', async () => {
    const user = userEvent.setup();
    const main = await showPanel(installFakeSettingsMain({ keys: { [STAGING.id]: statusOf('keychain') } }));
    await user.click(screen.getByTestId('key-remove'));
    await waitFor(() =>
      expect(screen.getByTestId('key-status').textContent).toBe('No key stored for this profile.'),
    );
    expect(screen.getByTestId('key-notice').textContent).toBe('The key was removed.');
    expect(callsTo(main, 'secret:remove')).toEqual([{ profileId: STAGING.id }]);
  });
});
