import { buildApi } from './buildApi';
import { EVENTS_PATH } from '../shared/ipc/transport';
import { createHostInvoke } from './hostInvoke';
import { takePageToken } from './pageToken';

// The browser mode's bridge: the same window.api as the desktop preload, over HTTP to the local host process.
const token = takePageToken(window);

let source: EventSource | null = null;
const listeners = new Map<string, Set<(payload: unknown) => void>>();

const ensureSource = (): EventSource => {
  if (source) return source;
  // EventSource cannot send headers; the token in its address never reaches the address bar or the history.
  source = new EventSource(`${EVENTS_PATH}?token=${encodeURIComponent(token)}`);
  return source;
};

// pagehide comes before the page is hidden; this listener is registered before the app's, so a call the app makes
// from its own pagehide listener already knows that the page is going.
let leaving = false;
window.addEventListener('pagehide', () => (leaving = true));
window.addEventListener('pageshow', () => (leaving = false));

window.api = buildApi(
  createHostInvoke({
    token,
    fetch: (...args) => fetch(...args),
    leaving: () => leaving || document.visibilityState === 'hidden',
  }),
  (event, listener) => {
    let set = listeners.get(event);
    if (!set) {
      const created = new Set<(payload: unknown) => void>();
      listeners.set(event, created);
      ensureSource().addEventListener(event, (message) => {
        const payload: unknown = JSON.parse((message as MessageEvent<string>).data);
        for (const each of created) each(payload);
      });
      set = created;
    }
    set.add(listener);
    return () => set.delete(listener);
  },
);
