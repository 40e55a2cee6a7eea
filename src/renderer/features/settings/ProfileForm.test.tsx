import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n';
import { ProfilesSection } from './ProfilesSection';
import { callsTo, installFakeSettingsMain, resetProfiles } from '../../testing/settingsTestKit';
import { removeFakeMain } from '../../testing/fakeMainTestKit';

const openForm = async () => {
  const user = userEvent.setup();
  render(<ProfilesSection />);
  await screen.findByText('Staging', { selector: '.profile-row__name > span' });
  await user.click(screen.getByTestId('profile-new'));
  return user;
};

describe('the profile form', () => {
  beforeAll(async () => {
    await initI18n('en');
  });
  beforeEach(resetProfiles);
  afterEach(removeFakeMain);

  it('starts from the Famulor defaults', async () => {
    installFakeSettingsMain();
    await openForm();
    expect(screen.getByLabelText('Base URL')).toHaveProperty('value', 'https://app.famulor.de/api');
    expect(screen.getByLabelText('Generate-reply path')).toHaveProperty('value', '/user/ai/generate-reply');
  });

  it('explains every refused field next to it, sends nothing and keeps what was typed', async () => {
    const main = installFakeSettingsMain();
    const user = await openForm();
    await user.type(screen.getByLabelText('Name'), '   ');
    await user.clear(screen.getByLabelText('Base URL'));
    await user.type(screen.getByLabelText('Base URL'), 'http://famulor.example/api');
    await user.clear(screen.getByLabelText('Generate-reply path'));
    await user.type(screen.getByLabelText('Generate-reply path'), 'ai/../reply');
    await user.click(screen.getByTestId('profile-save'));

    expect(screen.getByTestId('profile-name-error').textContent).toBe('is required');
    expect(screen.getByTestId('profile-base-url-error').textContent).toBe(
      'The base URL must use https (plain http only for 127.0.0.1 or localhost).',
    );
    expect(screen.getByTestId('profile-path-error').textContent).toBe(
      'The generate-reply path must look like /user/ai/generate-reply.',
    );
    expect(screen.getByLabelText('Name').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Name').getAttribute('aria-describedby')).toContain('error');
    expect(document.activeElement).toBe(screen.getByLabelText('Name'));
    expect(screen.getByLabelText('Base URL')).toHaveProperty('value', 'http://famulor.example/api');
    expect(screen.getByLabelText('Generate-reply path')).toHaveProperty('value', 'ai/../reply');
    expect(callsTo(main, 'profiles:create')).toEqual([]);

    await user.type(screen.getByLabelText('Name'), 'Production');
    expect(screen.queryByTestId('profile-name-error')).toBeNull();
    expect(screen.getByTestId('profile-base-url-error')).toBeTruthy();
  });

  it('refuses a name another profile has, whatever its case', async () => {
    const main = installFakeSettingsMain();
    const user = await openForm();
    await user.type(screen.getByLabelText('Name'), 'offline DEMO');
    await user.click(screen.getByTestId('profile-save'));
    expect(screen.getByTestId('profile-name-error').textContent).toBe(
      'A profile named “offline DEMO” already exists.',
    );
    expect(callsTo(main, 'profiles:create')).toEqual([]);
  });

  it('places main’s field errors next to their fields and keeps the form open', async () => {
    const main = installFakeSettingsMain({
      answer: async (channel) =>
        channel === 'profiles:create'
          ? {
              ok: false,
              error: {
                code: 'validation',
                reason: 'request_invalid',
                fieldIssues: { baseUrl: [{ rule: 'invalid_format' }] },
              },
            }
          : null,
    });
    const user = await openForm();
    await user.type(screen.getByLabelText('Name'), 'Production');
    await user.click(screen.getByTestId('profile-save'));
    expect(await screen.findByTestId('profile-base-url-error')).toHaveProperty(
      'textContent',
      'is not in the expected format',
    );
    expect(screen.getByRole('alert').textContent).toContain('Could not save the profile');
    expect(screen.getByLabelText('Name')).toHaveProperty('value', 'Production');
    expect(callsTo(main, 'profiles:create')).toHaveLength(1);
  });

  it('creates a remote profile with trimmed values and shows it selected', async () => {
    const main = installFakeSettingsMain();
    const user = await openForm();
    await user.type(screen.getByLabelText('Name'), '  Production  ');
    await user.click(screen.getByTestId('profile-save'));
    await waitFor(() => expect(screen.queryByTestId('profile-form')).toBeNull());
    expect(callsTo(main, 'profiles:create')).toEqual([
      {
        name: 'Production',
        baseUrl: 'https://app.famulor.de/api',
        generateReplyPath: '/user/ai/generate-reply',
        kind: 'remote',
      },
    ]);
    expect(screen.getByTestId('profile-detail').querySelector('h3')?.textContent).toBe('Production');
    const row = screen
      .getAllByTestId('profile-row')
      .find((element) => element.dataset.profileName === 'Production');
    expect(row?.getAttribute('aria-current')).toBe('true');
    expect(row?.textContent).toContain('No key');
  });
});
