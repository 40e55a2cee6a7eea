import type { Preferences } from '../shared/ipc/channels/settings';
import type { Result } from '../shared/result';
import { usePreferencesStore } from './features/preferences/preferencesStore';
import { openDeepLink } from './features/threads/openDeepLink';
import { call, subscribe } from './lib/api';
import { useAppStore } from './stores/appStore';
import { isView, useUiStore } from './stores/uiStore';

/**
 * The view and the broadcast switch are kept in main's preferences: the stored ones are shown once they arrive,
 * unless the person changed them while the app was starting, and every change is written back.
 */
const rememberViewAndBroadcast = (preferences: Promise<Result<Preferences>>) => {
  let navigated = false;
  let toggledBroadcast = false;
  let applyingStored = false;
  useUiStore.subscribe((ui, previous) => {
    if (applyingStored) return;
    if (ui.broadcast !== previous.broadcast) {
      toggledBroadcast = true;
      void call('preferences:update', { broadcast: ui.broadcast });
    }
    if (ui.view !== previous.view) {
      navigated = true;
      void call('preferences:update', { view: ui.view });
    }
  });
  void preferences.then((result) => {
    if (!result.ok) return;
    applyingStored = true;
    if (!navigated && isView(result.data.view)) useUiStore.getState().setView(result.data.view);
    if (!toggledBroadcast) useUiStore.setState({ broadcast: result.data.broadcast });
    applyingStored = false;
  });
};

/** What was typed just before the window closed or the tab went away still reaches main. */
const sendPendingOnLeave = () => {
  const flush = () => useAppStore.getState().flushSessionChanges();
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });
};

/** A famulor-playground:// link that started the app, or arrives while it runs, opens its thread. */
const takeDeepLinks = () => {
  const take = async () => {
    const taken = await call('app:takeDeepLink', {});
    if (taken.ok && taken.data.url) openDeepLink(taken.data.url);
  };
  void take();
  subscribe('app:deepLink', () => void take());
};

/**
 * The app's start-up in one place, before the first render: the first questions to main go out with the page
 * (what app this is, the profiles, the sessions, the preferences read once for the theme, the language, the view
 * and the last session), and the subscriptions that tie one store to another are made here, not in the stores.
 */
export const startApp = (i18nReady: Promise<unknown>): void => {
  const app = useAppStore.getState();
  void app.loadInfo();
  const preferences = call('preferences:get', {});
  // The stored language goes onto the words once they are loaded, not under them.
  void i18nReady.then(() => usePreferencesStore.getState().load(preferences));
  rememberViewAndBroadcast(preferences);
  void app.loadProfiles();
  void app.startSessions(preferences);
  sendPendingOnLeave();
  takeDeepLinks();
};
