/** Where the token survives a reload once it has left the address: this tab only, this origin (port) only. */
export const TOKEN_STORAGE_KEY = 'playground-token';

export interface PageLocation {
  location: Pick<Location, 'href'>;
  history: Pick<History, 'replaceState' | 'state'>;
  sessionStorage: Pick<Storage, 'getItem' | 'setItem'>;
}

/** Runs a write that may wait: at once, or later (see `whenIdleOrLeaving`). */
export type Deferred = (write: () => void) => void;

/**
 * The browser mode's call token comes in the address the host printed (`/?token=…`). It is taken from there
 * once and dropped from the address, so it stays out of the address bar, the history and anything copied
 * from them; a reload finds it in the tab's session storage, which no other local server's page can read.
 * The page's first touch of its session storage waits for the browser process (a synchronous round trip, measured
 * at 20–30 ms while the browser is busy loading the page), so storing it can be `deferred` off the start.
 */
export const takePageToken = (page: PageLocation, deferred: Deferred): string => {
  const url = new URL(page.location.href);
  const fromAddress = url.searchParams.get('token');
  if (fromAddress) {
    url.searchParams.delete('token');
    page.history.replaceState(page.history.state, '', `${url.pathname}${url.search}${url.hash}`);
    deferred(() => page.sessionStorage.setItem(TOKEN_STORAGE_KEY, fromAddress));
    return fromAddress;
  }
  return page.sessionStorage.getItem(TOKEN_STORAGE_KEY) ?? '';
};

export interface IdleWindow {
  requestIdleCallback(run: () => void, options: { timeout: number }): unknown;
  addEventListener(type: 'pagehide', listener: () => void): void;
}

/**
 * Once the page is idle (at the latest after a second), or as it goes — a reload fires `pagehide` first — whichever
 * comes first, and only once.
 */
export const whenIdleOrLeaving =
  (page: IdleWindow): Deferred =>
  (write) => {
    let done = false;
    const once = () => {
      if (done) return;
      done = true;
      write();
    };
    page.addEventListener('pagehide', once);
    page.requestIdleCallback(once, { timeout: 1000 });
  };
