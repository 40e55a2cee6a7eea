import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/result';
import { initI18n } from '../../i18n';
import { ConnectionTest } from './ConnectionTest';
import { callsTo, installFakeSettingsMain, resetProfiles, STAGING } from '../../testing/settingsTestKit';
import { removeFakeMain } from '../../testing/fakeMainTestKit';

const answerTest = (answer: Promise<Result<unknown>>) => (channel: string) =>
  channel === 'profiles:test' ? answer : null;

describe('Test connection', () => {
  beforeAll(async () => {
    await initI18n('en');
  });
  beforeEach(resetProfiles);
  afterEach(removeFakeMain);

  it('shows who the key belongs to and the balance', async () => {
    const user = userEvent.setup();
    installFakeSettingsMain({
      answer: answerTest(
        Promise.resolve({
          ok: true,
          data: { name: 'Jane Roe', email: 'jane@example.com', totalBalance: 42.5 },
        }),
      ),
    });
    render(<ConnectionTest profile={STAGING} />);
    await user.click(screen.getByTestId('connection-test-start'));
    const result = screen.getByTestId('connection-result');
    await waitFor(() => expect(result.dataset.state).toBe('connected'));
    expect(result.textContent).toContain('Connected as Jane Roe (jane@example.com)');
    expect(result.textContent).toContain('Balance: $42.50');
  });

  it('shows the exact error: code, HTTP status and message', async () => {
    const user = userEvent.setup();
    installFakeSettingsMain({
      answer: answerTest(
        Promise.resolve({
          ok: false,
          error: { code: 'unauthorized', status: 401, reason: 'key_rejected' },
        }),
      ),
    });
    render(<ConnectionTest profile={STAGING} />);
    await user.click(screen.getByTestId('connection-test-start'));
    expect((await screen.findByTestId('connection-error')).textContent).toBe(
      'Error (Not authorized, HTTP 401): Famulor rejected the API key. Check it in Settings.',
    );
  });

  it('says it is waiting, and Cancel stops the request in main', async () => {
    const user = userEvent.setup();
    const main = installFakeSettingsMain({
      answer: answerTest(new Promise<Result<unknown>>(() => undefined)),
    });
    render(<ConnectionTest profile={STAGING} />);
    await user.click(screen.getByTestId('connection-test-start'));
    expect(screen.getByTestId('connection-result').textContent).toContain('Testing the connection…');
    expect(screen.getByTestId('connection-test-start')).toHaveProperty('disabled', true);

    await user.click(screen.getByTestId('connection-test-cancel'));
    expect(screen.getByTestId('connection-result').textContent).toBe('The test was cancelled.');
    expect(screen.queryByTestId('connection-test-cancel')).toBeNull();
    const requestId = main.calls.find((call) => call.channel === 'profiles:test')?.requestId;
    expect(requestId).toBeTruthy();
    expect(callsTo(main, 'app:cancel')).toEqual([{ requestId }]);
  });
});
