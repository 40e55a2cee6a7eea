import { afterEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from './i18n';
import { removeFakeMain } from './testing/fakeMainTestKit';
import { fakeSessionsMain } from './testing/sessionsTestKit';

/** A fresh app per test: start-up happens once per page. */
const freshApp = async () => {
  vi.resetModules();
  return {
    bootstrap: await import('./bootstrap'),
    app: await import('./stores/appStore'),
    ui: await import('./stores/uiStore'),
    preferences: await import('./features/preferences/preferencesStore'),
  };
};

describe('start-up', () => {
  afterEach(removeFakeMain);

  it('reads the preferences once for the theme, the view, the broadcast switch and the last session', async () => {
    const { bootstrap, app, ui, preferences } = await freshApp();
    const calls = fakeSessionsMain();
    bootstrap.startApp(initI18n('en'));
    await vi.waitFor(() => expect(app.useAppStore.getState().sessions.current?.id).toBe('b'));
    await vi.waitFor(() => expect(preferences.usePreferencesStore.getState().loaded).toBe(true));
    expect(ui.useUiStore.getState().view).toBe('threads');
    expect(ui.useUiStore.getState().broadcast).toBe(true);
    expect(calls.filter((call) => call.channel === 'preferences:get')).toHaveLength(1);
    // Showing what was stored writes nothing back; a change the person makes does.
    expect(calls.filter((call) => call.channel === 'preferences:update')).toEqual([
      { channel: 'preferences:update', input: { lastSessionId: 'b' } },
    ]);
    ui.useUiStore.getState().setView('settings');
    ui.useUiStore.getState().toggleBroadcast();
    expect(calls.slice(-2)).toEqual([
      { channel: 'preferences:update', input: { view: 'settings' } },
      { channel: 'preferences:update', input: { broadcast: false } },
    ]);
  });

  it('keeps the view and the broadcast switch the person changed while the app was still starting', async () => {
    const { bootstrap, app, ui } = await freshApp();
    const calls = fakeSessionsMain();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const stored = window.api['preferences:get'];
    window.api['preferences:get'] = async (input) => {
      await gate;
      return stored(input);
    };
    bootstrap.startApp(initI18n('en'));
    ui.useUiStore.getState().setView('settings');
    // Switched on and off again: off is the person's choice, though the stored one is on.
    ui.useUiStore.getState().toggleBroadcast();
    ui.useUiStore.getState().toggleBroadcast();
    release();
    await vi.waitFor(() => expect(app.useAppStore.getState().sessions.current?.id).toBe('b'));
    expect(ui.useUiStore.getState().view).toBe('settings');
    expect(ui.useUiStore.getState().broadcast).toBe(false);
    expect(calls).toContainEqual({ channel: 'preferences:update', input: { view: 'settings' } });
  });

  it('sends what is pending at once when the page is hidden or left', async () => {
    const { bootstrap, app } = await freshApp();
    fakeSessionsMain();
    bootstrap.startApp(initI18n('en'));
    const flush = vi.spyOn(app.useAppStore.getState(), 'flushSessionChanges');
    window.dispatchEvent(new Event('pagehide'));
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(flush).toHaveBeenCalledTimes(2);
    Reflect.deleteProperty(document, 'visibilityState');
  });
});
