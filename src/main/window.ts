import { BrowserWindow, shell, type WebContents } from 'electron';
import { join } from 'node:path';
import { externalUrlToOpen, isAppUrl, isTrustedSender } from './shell/shellPolicy';

export interface AppWindow {
  window: BrowserWindow;
  /** The one page allowed to call main: our own page, in the window's main frame. */
  isTrustedSender(sender: WebContents, frameUrl: string | undefined, isMainFrame: boolean): boolean;
}

/** Hands a link to the system only when the policy allows it (https, mailto). */
const openOutside = (url: string) => {
  const allowed = externalUrlToOpen(url);
  if (allowed) void shell.openExternal(allowed);
};

/** `pageUrl` comes from pageUrlFor: the app:// page, or in a development run the local dev server. */
export const createAppWindow = (outDir: string, pageUrl: string, isPackaged: boolean): AppWindow => {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Famulor Playground',
    // Written out here, not built by a helper, so that the security lint (electronegativity) reads them.
    webPreferences: {
      preload: join(outDir, 'preload', 'index.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // Developer tools only where the app is not installed.
      devTools: !isPackaged,
      // Spell-checking would download dictionaries; nothing is fetched at run time.
      spellcheck: false,
      // Middle-click would otherwise open links in a new window, bypassing the window-open handler.
      disableBlinkFeatures: 'Auxclick',
    },
  });

  window.webContents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
  window.webContents.on('will-navigate', (event, url) => {
    if (isAppUrl(url, pageUrl)) return;
    event.preventDefault();
    openOutside(url);
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  void window.loadURL(pageUrl);

  return {
    window,
    isTrustedSender: (sender, frameUrl, isMainFrame) =>
      isTrustedSender(
        { senderId: sender.id, windowContentsId: window.webContents.id, frameUrl, isMainFrame },
        pageUrl,
      ),
  };
};
