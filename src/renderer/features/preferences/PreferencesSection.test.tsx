import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../shared/result';
import { installFakeMain, removeFakeMain } from '../../testing/fakeMainTestKit';
import { initI18n } from '../../i18n';
import { resolveLanguage } from './applyPreferences';
import { PreferencesSection } from './PreferencesSection';
import { usePreferencesStore } from './preferencesStore';

const saved = {
  theme: 'dark',
  language: 'de',
  lastSessionId: null,
  view: 'playground',
  broadcast: false,
  textScale: 1,
};

type Invoke = (channel: string, input: unknown) => Promise<unknown>;

/** Every channel routed to one function, as the real bridges do. */
const install = (invoke: Invoke) =>
  installFakeMain((channel, input) => invoke(channel, input) as Promise<Result<unknown>>);

/** A main that saves every change and answers with the preferences after it. */
const savesEverything = () =>
  vi.fn<Invoke>(async (_channel, input) => ({ ok: true, data: { ...saved, ...(input as object) } }));

describe('preferences', () => {
  beforeAll(async () => {
    await initI18n('en');
  });
  beforeEach(() => {
    usePreferencesStore.setState({ theme: 'system', language: 'system', loaded: false, error: null });
  });
  afterEach(async () => {
    removeFakeMain();
    delete document.documentElement.dataset.theme;
    await i18next.changeLanguage('en');
  });

  it('applies the saved theme and language given at start', async () => {
    const invoke = vi.fn<Invoke>();
    install(invoke);
    await usePreferencesStore
      .getState()
      .load(Promise.resolve({ ok: true, data: { ...saved, theme: 'dark', language: 'de' } }));
    expect(invoke).not.toHaveBeenCalled();
    expect(usePreferencesStore.getState().loaded).toBe(true);
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(i18next.language).toBe('de');
    expect(document.documentElement.lang).toBe('de');
  });

  it('switches theme and language at once and saves them', async () => {
    const user = userEvent.setup();
    const invoke = savesEverything();
    install(invoke);
    render(<PreferencesSection />);

    await user.click(screen.getByTestId('preferences-theme-light'));
    expect(document.documentElement.dataset.theme).toBe('light');
    expect(invoke).toHaveBeenCalledWith('preferences:update', { theme: 'light' });
    expect(screen.getByTestId('preferences-theme-light').getAttribute('aria-checked')).toBe('true');

    await user.click(screen.getByTestId('preferences-language-de'));
    expect(i18next.language).toBe('de');
    expect(screen.getByRole('heading').textContent).toBe('Darstellung');

    await user.click(screen.getByTestId('preferences-theme-system'));
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });

  it('sends a change to main before the new language has finished loading', async () => {
    // Closing the app right after the words change must not lose the choice.
    const user = userEvent.setup();
    const invoke = savesEverything();
    install(invoke);
    let finishLoading: () => void = () => undefined;
    const loading = new Promise<void>((resolve) => (finishLoading = resolve));
    const changeLanguage = vi.spyOn(i18next, 'changeLanguage').mockImplementation(async () => {
      await loading;
      return i18next.t;
    });
    try {
      render(<PreferencesSection />);
      await user.click(screen.getByTestId('preferences-language-de'));
      expect(invoke).toHaveBeenCalledWith('preferences:update', { language: 'de' });
      expect(screen.getByTestId('preferences-language-de').getAttribute('aria-checked')).toBe('true');
    } finally {
      finishLoading();
      changeLanguage.mockRestore();
    }
  });

  it('rolls back only what failed to save', async () => {
    const user = userEvent.setup();
    let refuseTheme: () => void = () => undefined;
    const themeAnswer = new Promise<void>((resolve) => (refuseTheme = resolve));
    install(
      vi.fn<Invoke>(async (_channel, input) => {
        if (!('theme' in (input as object))) return { ok: true, data: { ...saved, ...(input as object) } };
        await themeAnswer;
        return { ok: false, error: { code: 'storage', reason: 'preferences_not_saved' } };
      }),
    );
    render(<PreferencesSection />);
    await user.click(screen.getByTestId('preferences-theme-dark'));
    await user.click(screen.getByTestId('preferences-language-de'));
    refuseTheme();
    await vi.waitFor(() => expect(screen.getByRole('alert')).toBeTruthy());
    expect(document.documentElement.dataset.theme).toBeUndefined();
    expect(usePreferencesStore.getState().language).toBe('de');
    expect(i18next.language).toBe('de');
  });

  it('rolls a change back and says why when main cannot save it', async () => {
    const user = userEvent.setup();
    install(
      vi.fn<Invoke>(async () => ({ ok: false, error: { code: 'storage', reason: 'preferences_not_saved' } })),
    );
    render(<PreferencesSection />);
    await user.click(screen.getByTestId('preferences-theme-dark'));
    await act(async () => undefined);
    expect(document.documentElement.dataset.theme).toBeUndefined();
    expect(screen.getByRole('alert').textContent).toContain('The preferences could not be saved.');
    expect(screen.getByTestId('preferences-theme-system').getAttribute('aria-checked')).toBe('true');
  });

  it('follows the OS language for "system"', () => {
    expect(resolveLanguage('system', ['de-AT', 'en'])).toBe('de');
    expect(resolveLanguage('system', ['fr-FR'])).toBe('en');
    expect(resolveLanguage('en', ['de-DE'])).toBe('en');
  });
});
