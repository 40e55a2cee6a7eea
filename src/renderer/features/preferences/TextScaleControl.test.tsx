import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n';
import { installFakeMainByChannel, removeFakeMain } from '../../testing/fakeMainTestKit';
import { preferencesOf } from '../../testing/storeTestKit';
import { usePreferencesStore } from './preferencesStore';
import { TextScaleControl } from './TextScaleControl';

beforeAll(async () => {
  await initI18n('en');
});
beforeEach(() => usePreferencesStore.setState({ textScale: 1, error: null }));
afterEach(() => {
  removeFakeMain();
  document.documentElement.style.removeProperty('--text-scale');
});

const scaleOnPage = () => document.documentElement.style.getPropertyValue('--text-scale');

describe('the text size', () => {
  it('steps up and down from the status bar, shows the size, keeps it, and goes back to 100 %', async () => {
    const fake = installFakeMainByChannel({
      'preferences:update': () => ({ ok: true, data: preferencesOf() }),
    });
    render(<TextScaleControl />);
    await userEvent.click(screen.getByRole('button', { name: 'Larger text' }));
    await userEvent.click(screen.getByRole('button', { name: 'Larger text' }));
    expect(scaleOnPage()).toBe('1.25');
    const reset = screen.getByRole('button', { name: 'Text size 125 %: back to 100 %' });
    await userEvent.click(screen.getByRole('button', { name: 'Smaller text' }));
    expect(reset.textContent).toBe('110 %');
    await userEvent.click(reset);
    expect(scaleOnPage()).toBe('1');
    expect(fake.callsTo('preferences:update')).toEqual([
      { textScale: 1.1 },
      { textScale: 1.25 },
      { textScale: 1.1 },
      { textScale: 1 },
    ]);
  });

  it('applies the stored size at start, unless the person changed it while the app was starting', async () => {
    installFakeMainByChannel({ 'preferences:update': () => ({ ok: true, data: preferencesOf() }) });
    await usePreferencesStore
      .getState()
      .load(Promise.resolve({ ok: true, data: preferencesOf({ textScale: 1.4 }) }));
    expect(scaleOnPage()).toBe('1.4');
    usePreferencesStore.setState({ textScale: 1 });
    await usePreferencesStore.getState().setTextScale(0.9);
    await usePreferencesStore
      .getState()
      .load(Promise.resolve({ ok: true, data: preferencesOf({ textScale: 1.4 }) }));
    await waitFor(() => expect(scaleOnPage()).toBe('0.9'));
  });
});
