import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import i18next from 'i18next';
import { initI18n } from '../../i18n';
import type { AppError } from '../../../shared/result';
import { PaneError } from './PaneError';

const failedAt = Date.parse('2026-06-15T10:00:00Z');

describe('PaneError', () => {
  beforeAll(async () => {
    await initI18n('en');
  });
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(failedAt + 4_000);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts a rate limit down from when that request failed, and allows Retry when it is over', () => {
    const failure = {
      text: 'Hello',
      at: failedAt,
      error: { code: 'rate_limited' as const, reason: 'account_rate_limited' as const, retryAfterMs: 10_000 },
    };
    render(<PaneError paneId="pane-1" failure={failure} />);
    const retry = screen.getByTestId('pane-retry') as HTMLButtonElement;
    expect(screen.getByTestId('pane-error-advice').textContent).toBe(
      'Too many requests: wait 6 s, then retry.',
    );
    expect(retry.disabled).toBe(true);
    expect(retry.textContent).toBe('Retry in 6 s');

    act(() => vi.advanceTimersByTime(3_000));
    expect(retry.textContent).toBe('Retry in 3 s');

    act(() => vi.advanceTimersByTime(3_000));
    expect(retry.disabled).toBe(false);
    expect(screen.getByTestId('pane-error-advice').textContent).toBe('The wait is over: retry now.');
  });

  it('offers the fix with the error: variables for a validation error, test for a missing balance', () => {
    const { rerender } = render(
      <PaneError
        paneId="pane-1"
        failure={{ text: 'Hi', at: failedAt, error: { code: 'validation', reason: 'request_invalid' } }}
      />,
    );
    expect(screen.getByTestId('pane-error-variables')).toBeTruthy();
    expect(screen.queryByTestId('pane-error-test')).toBeNull();
    rerender(
      <PaneError
        paneId="pane-1"
        failure={{
          text: 'Hi',
          at: failedAt,
          error: { code: 'insufficient_balance', reason: 'balance_used_up' },
        }}
      />,
    );
    expect(screen.getByTestId('pane-error-test')).toBeTruthy();
    expect((screen.getByTestId('pane-retry') as HTMLButtonElement).disabled).toBe(false);
  });

  it('speaks German throughout in a German interface: no sentence of main, no English', async () => {
    // What main sends for Famulor's 404 on the outdated generate-reply path (documentedClient.test.ts).
    const error: AppError = {
      code: 'not_found',
      reason: 'generate_reply_path_not_found',
      params: { path: '/ai/generate-reply', documentedPath: '/user/ai/generate-reply' },
      status: 404,
      famulorError: 'Not Found',
    };
    await i18next.changeLanguage('de');
    try {
      render(<PaneError paneId="pane-1" failure={{ text: 'Hallo', at: failedAt, error }} />);
      const text = screen.getByTestId('pane-error').textContent ?? '';
      expect(text).toContain('Famulor hat unter /ai/generate-reply keinen generate-reply-Endpunkt.');
      expect(text).toContain('Famulor meldet: „Not Found“');
      // Apart from Famulor's own, labelled words, nothing in the pane is English.
      const ours = text.replace('„Not Found“', '');
      expect(ours).not.toMatch(/\b(the|could|not|check|again|path|this|is|has|retry|dismiss)\b/i);
      expect(ours).not.toContain('Famulor has no generate-reply endpoint');
    } finally {
      await i18next.changeLanguage('en');
    }
  });
});
