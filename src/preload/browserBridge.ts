import { buildApi } from './buildApi';
import { API_PREFIX, EVENTS_PATH, TOKEN_HEADER } from '../shared/ipc/transport';
import { takePageToken } from './pageToken';

// The browser mode's bridge: the same window.api as the desktop preload, over HTTP to the local host process.
const token = takePageToken(window);

const unreachable = (detail: string) => ({
  ok: false,
  error: {
    code: 'network',
    message: 'The app’s host process is not answering. Is `npm run web` still running?',
    details: detail,
  },
});

let source: EventSource | null = null;
const listeners = new Map<string, Set<(payload: unknown) => void>>();

const ensureSource = (): EventSource => {
  if (source) return source;
  // EventSource cannot send headers; the token in its address never reaches the address bar or the history.
  source = new EventSource(`${EVENTS_PATH}?token=${encodeURIComponent(token)}`);
  return source;
};

/** Browsers keep at most 64 KiB of keepalive request bodies in flight; the rest goes as usual. */
const KEEPALIVE_MAX_BYTES = 60 * 1024;
// pagehide comes before the page is hidden; this listener is registered before the app's, so a call the app makes
// from its own pagehide listener already knows that the page is going.
let leaving = false;
window.addEventListener('pagehide', () => (leaving = true));
window.addEventListener('pageshow', () => (leaving = false));

window.api = buildApi(
  async (channel, input, meta) => {
    try {
      const body = JSON.stringify({ input, meta });
      const response = await fetch(API_PREFIX + encodeURIComponent(channel), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
        body,
        // A call made while the page is hidden or closing (the last draft) must outlive the page.
        keepalive: (leaving || document.visibilityState === 'hidden') && body.length <= KEEPALIVE_MAX_BYTES,
      });
      if (response.status !== 200 && !response.headers.get('content-type')?.includes('json')) {
        return unreachable(`HTTP ${response.status}`);
      }
      return await response.json();
    } catch (error) {
      return unreachable(String(error));
    }
  },
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
