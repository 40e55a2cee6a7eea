import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Exchange } from '../../../shared/domain/famulor';
import { initI18n } from '../../i18n';
import { ExchangeRow } from './ExchangeRow';

const exchange = (patch: Partial<Exchange>): Exchange => ({
  id: 'x-1',
  startedAt: '2026-06-15T12:00:00.000Z',
  method: 'GET',
  path: '/conversations/c-1',
  status: 200,
  durationMs: 12,
  requestHeaders: { Authorization: 'Bearer [redacted]' },
  requestBody: null,
  responseBody: { history: [] },
  responseBytes: 14,
  responseCut: false,
  errorCode: null,
  attempt: 1,
  tag: null,
  ...patch,
});

describe('ExchangeRow', () => {
  beforeAll(async () => {
    await initI18n('en');
  });
  afterEach(async () => {
    await i18next.changeLanguage('en');
  });

  it('says that a large answer is kept only in part, and how large it was', async () => {
    const kept = '{"history":[' + 'x'.repeat(64 * 1024 - 12);
    render(
      <ExchangeRow
        exchange={exchange({ responseBody: kept, responseBytes: 1_919_821, responseCut: true })}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: /GET/ }));
    expect(screen.getByTestId('exchange-response-cut').textContent).toBe(
      'The answer was 1.8 MB; its first 64 KB are kept here.',
    );
    expect(screen.getByTestId('exchange-response').textContent).toBe(kept);
    await i18next.changeLanguage('de');
    expect(screen.getByTestId('exchange-response-cut').textContent).toBe(
      'Die Antwort war 1,8 MB groß; hier stehen ihre ersten 64 KB.',
    );
  });

  it('shows a whole answer without a note', async () => {
    render(<ExchangeRow exchange={exchange({})} />);
    await userEvent.click(screen.getByRole('button', { name: /GET/ }));
    expect(screen.queryByTestId('exchange-response-cut')).toBeNull();
  });
});
