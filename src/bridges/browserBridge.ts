import { buildApi } from './buildApi';
import { CALLS_SOCKET_PATH, EVENTS_PATH } from '../shared/ipc/transport';
import { createHostInvoke, hostNotAnswering } from './hostInvoke';
import { takePageToken, whenIdleOrLeaving } from './pageToken';
import { createSocketCalls } from './socketCalls';

// The browser mode's bridge: the same window.api as the desktop preload, over a WebSocket and HTTP to the local
// host process.
const token = takePageToken(window, whenIdleOrLeaving(window));

// A WebSocket cannot send headers either: the token goes in its address, which no address bar or history shows.
const socket = createSocketCalls(
  () =>
    new WebSocket(
      `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${CALLS_SOCKET_PATH}?token=${encodeURIComponent(token)}`,
    ),
  hostNotAnswering,
);
socket.connect();

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
    socket,
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
