import { APP_PAGE_URL, isAppProtocolUrl } from './appProtocol';

/**
 * What the Electron shell decides, as pure functions: which page the window loads, who may call main, which
 * links leave for the system's browser. index.ts and window.ts only pass Electron's values in.
 */

export interface PageChoice {
  /** `app.isPackaged`: an installed build. */
  isPackaged: boolean;
  /** `ELECTRON_RENDERER_URL`, which electron-vite's dev server sets. */
  devServerUrl: string | undefined;
}

const isLoopbackHttp = (url: URL): boolean =>
  url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);

/**
 * The dev server only in a development run, and only on this machine; an installed build always loads its own
 * files, whatever the environment says (a page from elsewhere would be trusted to call main).
 */
export const pageUrlFor = ({ isPackaged, devServerUrl }: PageChoice): string => {
  if (isPackaged || !devServerUrl) return APP_PAGE_URL;
  try {
    const url = new URL(devServerUrl);
    return isLoopbackHttp(url) ? url.href : APP_PAGE_URL;
  } catch {
    return APP_PAGE_URL;
  }
};

/** Whether a URL belongs to the page the window loaded: the app protocol, or the dev server's origin. */
export const isAppUrl = (url: string, pageUrl: string): boolean => {
  if (isAppProtocolUrl(pageUrl)) return isAppProtocolUrl(url);
  try {
    return new URL(url).origin === new URL(pageUrl).origin;
  } catch {
    return false;
  }
};

export interface SenderFacts {
  senderId: number;
  windowContentsId: number;
  frameUrl: string | undefined;
  isMainFrame: boolean;
}

/** Only our own page, in our window's main frame, may call main (frames and other windows may not). */
export const isTrustedSender = (facts: SenderFacts, pageUrl: string): boolean =>
  facts.senderId === facts.windowContentsId &&
  facts.isMainFrame &&
  facts.frameUrl !== undefined &&
  isAppUrl(facts.frameUrl, pageUrl);

/**
 * The URL to hand to the system (shell.openExternal), or null: https links to a named host without
 * credentials in them, and mailto links. Plain http, file, custom schemes and anything unparsable stay in.
 */
export const externalUrlToOpen = (url: string): string | null => {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol === 'mailto:') return parsed.href;
  if (parsed.protocol !== 'https:' || parsed.hostname === '') return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  return parsed.href;
};
