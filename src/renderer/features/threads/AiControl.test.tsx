import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { KeyKind } from '../../../shared/domain/keyKind';
import { initI18n } from '../../i18n';
import { useAppStore } from '../../stores/appStore';
import { useUiStore } from '../../stores/uiStore';
import { ThreadsView } from './ThreadsView';
import {
  detail,
  fakeLayout,
  history,
  ok,
  resetThreadsStore,
  summary,
  threadAnswers,
} from '../../testing/threadsTestKit';
import { installFakeMainByChannel, removeFakeMain } from '../../testing/fakeMainTestKit';

const ID = '0b8e2c4a-1f3d-4e5a-9c7b-6d2e1f0a9b8c';

/** Main's answer to a takeover Famulor refused with a 401: the code and which key was sent, no sentence. */
const refusedWith = (keyKind: KeyKind) => ({
  ok: false as const,
  error: { code: 'unauthorized' as const, reason: 'key_rejected' as const, status: 401, keyKind },
});

const takeOverRefused = async (keyKind: KeyKind) => {
  installFakeMainByChannel({
    ...threadAnswers(() => ok(detail(history(2)))),
    'conversation:disableAi': () => refusedWith(keyKind),
  });
  render(<ThreadsView />);
  await act(() => useAppStore.getState().openThreadById(ID, summary(ID, { aiEnabled: true })));
  await userEvent.click(await screen.findByTestId('thread-takeover'));
  await userEvent.click(screen.getByTestId('confirm-accept'));
  return screen.findByTestId('thread-ai-error');
};

describe('a takeover refused with a 401', () => {
  let restoreLayout: () => void;
  beforeAll(async () => {
    await initI18n('en');
    restoreLayout = fakeLayout();
  });
  afterAll(() => restoreLayout());
  beforeEach(resetThreadsStore);
  afterEach(async () => {
    removeFakeMain();
    await i18next.changeLanguage('en');
  });

  it('names the API key it tried and says to add the Automate key, with a way to Settings', async () => {
    const error = await takeOverRefused('api');
    expect(error.textContent).toContain('refused the takeover with this profile’s API key');
    expect(error.textContent).toContain('add it under Settings → this profile → Automate key');
    expect(error.textContent).not.toContain('main’s English');
    expect(screen.getByTestId('thread-ai-state').dataset.state).toBe('on');
    await userEvent.click(screen.getByTestId('thread-ai-open-settings'));
    expect(useUiStore.getState().view).toBe('settings');
  });

  it('names the Automate key when that was refused, and says how to fall back to the API key', async () => {
    const error = await takeOverRefused('automate');
    expect(error.textContent).toContain('refused the takeover with this profile’s Automate key');
    expect(error.textContent).toContain('remove it there to send the API key instead');
  });

  it('says both in German', async () => {
    await i18next.changeLanguage('de');
    const api = await takeOverRefused('api');
    expect(api.textContent).toContain('mit dem API-Schlüssel dieses Profils abgelehnt');
    expect(api.textContent).toContain('Einstellungen öffnen');
  });
});
