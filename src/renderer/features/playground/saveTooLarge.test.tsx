import { render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppError } from '../../../shared/result';
import { initI18n } from '../../i18n';
import { useAppStore } from '../../stores/appStore';
import { PlaygroundToolbar } from './PlaygroundToolbar';

const TOO_LARGE: AppError = {
  code: 'too_large',
  reason: 'request_too_large',
  sizeBytes: 70 * 1024 * 1024 + 300 * 1024,
  limitBytes: 64 * 1024 * 1024,
};

const failWith = (error: AppError) =>
  useAppStore.setState((state) => ({
    sessions: { ...state.sessions, saveError: error, saveState: 'failed' },
  }));

describe('a session too large to save', () => {
  beforeAll(async () => {
    await initI18n('en');
  });
  afterEach(async () => {
    await i18next.changeLanguage('en');
    useAppStore.setState((state) => ({
      sessions: { ...state.sessions, saveError: null, saveState: 'saved' },
    }));
  });

  it('says how large it is and how large it may be, in English and German, never that the host is down', async () => {
    failWith(TOO_LARGE);
    const { rerender } = render(<PlaygroundToolbar sessionName="Big" paneCount={1} />);
    expect(screen.getByTestId('save-state').textContent).toBe(
      'Not saved: the session is too large to save (70.3 MB, at most 64 MB). Delete panes or start a new session.',
    );
    await i18next.changeLanguage('de');
    rerender(<PlaygroundToolbar sessionName="Big" paneCount={1} />);
    expect(screen.getByTestId('save-state').textContent).toBe(
      'Nicht gespeichert: Die Sitzung ist zu groß zum Speichern (70,3 MB, höchstens 64 MB). Lösche Bereiche oder beginne eine neue Sitzung.',
    );
    expect(screen.getByTestId('save-state').textContent).not.toMatch(/host|npm run web/i);
  });
});
