/** Where the token survives a reload once it has left the address: this tab only, this origin (port) only. */
export const TOKEN_STORAGE_KEY = 'playground-token';

export interface PageLocation {
  location: Pick<Location, 'href'>;
  history: Pick<History, 'replaceState' | 'state'>;
  sessionStorage: Pick<Storage, 'getItem' | 'setItem'>;
}

/**
 * The browser mode's call token comes in the address the host printed (`/?token=…`). It is taken from there
 * once and dropped from the address, so it stays out of the address bar, the history and anything copied
 * from them; a reload finds it in the tab's session storage, which no other local server's page can read.
 */
export const takePageToken = (page: PageLocation): string => {
  const url = new URL(page.location.href);
  const fromAddress = url.searchParams.get('token');
  if (fromAddress) {
    page.sessionStorage.setItem(TOKEN_STORAGE_KEY, fromAddress);
    url.searchParams.delete('token');
    page.history.replaceState(page.history.state, '', `${url.pathname}${url.search}${url.hash}`);
    return fromAddress;
  }
  return page.sessionStorage.getItem(TOKEN_STORAGE_KEY) ?? '';
};
